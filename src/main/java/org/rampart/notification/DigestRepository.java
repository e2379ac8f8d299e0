package org.rampart.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for notices waiting for the daily digest and the digests sent (one per user and day). */
@Repository
class DigestRepository {

    private final JdbcClient jdbc;

    DigestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice waiting for a reader's digest: what it is about and its content as JSON. */
    record Item(long id, String eventKey, String subjectType, String subjectRef, String link, String jurisdictionCode,
            String jurisdictionPath, String payload) {
    }

    /** A reader with notices waiting. */
    record Reader(long userId, String username) {
    }

    /** Keep a notice for a reader's digest; false when the reader already has it (same event key). */
    boolean insertItem(long userId, String username, Notice notice, String payload) {
        return jdbc.sql("""
                insert into notification_digest_item (user_id, username, event_key, subject_type, subject_ref, link,
                    jurisdiction_code, jurisdiction_path, payload)
                values (:user, :username, :key, :type, :ref, :link, :code, :path, :payload)
                on conflict (event_key, user_id) do nothing
                """).param("user", userId).param("username", username).param("key", notice.eventKey())
                .param("type", notice.subjectType()).param("ref", notice.subjectRef()).param("link", notice.link())
                .param("code", notice.jurisdictionCode()).param("path", notice.jurisdictionPath())
                .param("payload", payload).update() == 1;
    }

    /** Readers with notices kept before {@code before} who have had no digest for {@code day} yet. */
    List<Reader> waiting(LocalDate day, Instant before, int limit) {
        return jdbc.sql("""
                select i.user_id, min(i.username) as username from notification_digest_item i
                where i.digest_id is null and i.created_at < :before
                  and not exists (select 1 from notification_digest d where d.user_id = i.user_id and d.day = :day)
                group by i.user_id order by i.user_id limit :limit
                """).param("day", Date.valueOf(day)).param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> new Reader(rs.getLong("user_id"), rs.getString("username"))).list();
    }

    /**
     * Claim the reader's digest of the day; empty when it exists (another node made it, or it went out earlier).
     * A node that claims it holds the row until its transaction ends, so a second node waits, then finds it taken.
     */
    Optional<Long> claim(long userId, LocalDate day) {
        return jdbc.sql("""
                insert into notification_digest (user_id, day, items) values (:user, :day, 0)
                on conflict (user_id, day) do nothing returning id
                """).param("user", userId).param("day", Date.valueOf(day)).query(Long.class).optional();
    }

    /** Put the reader's notices kept before {@code before} into the digest; returns them in the order they came. */
    List<Item> take(long digestId, long userId, Instant before) {
        List<Item> items = jdbc.sql("""
                update notification_digest_item set digest_id = :digest
                where user_id = :user and digest_id is null and created_at < :before
                returning id, event_key, subject_type, subject_ref, link, jurisdiction_code, jurisdiction_path, payload
                """).param("digest", digestId).param("user", userId).param("before", Timestamp.from(before))
                .query((rs, n) -> new Item(rs.getLong("id"), rs.getString("event_key"), rs.getString("subject_type"),
                        rs.getString("subject_ref"), rs.getString("link"), rs.getString("jurisdiction_code"),
                        rs.getString("jurisdiction_path"), rs.getString("payload"))).list();
        jdbc.sql("update notification_digest set items = :n where id = :id").param("n", items.size())
                .param("id", digestId).update();
        return items.stream().sorted(java.util.Comparator.comparingLong(Item::id)).toList();
    }

    /** How many notices wait for this user's digest. */
    long waitingFor(long userId) {
        return jdbc.sql("select count(*) from notification_digest_item where user_id = :user and digest_id is null")
                .param("user", userId).query(Long.class).single();
    }
}
