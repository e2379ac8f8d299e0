package org.rampart.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for deliveries and inbox items. The delivery log filters by the warning's jurisdiction path (scope). */
@Repository
class DeliveryRepository {

    private static final String SELECT = """
            select id, warning_id, change, level, jurisdiction_code, rule_id, recipient, user_id, channel, state, attempts,
                   last_error, next_attempt_at, created_at, updated_at, sent_at, payload, subject_type, subject_ref, link
            from notification_delivery
            """;

    private static final RowMapper<Delivery> ROW = (rs, n) -> delivery(rs);

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery with what sending needs. */
    record Work(Delivery delivery, Long userId, String payload) {
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        String level = rs.getString("level");
        String change = rs.getString("change");
        return new Delivery(rs.getLong("id"), (Long) rs.getObject("warning_id"),
                change == null ? null : Change.valueOf(change),
                level == null ? null : WarningLevel.valueOf(level), rs.getString("jurisdiction_code"),
                (Long) rs.getObject("rule_id"), rs.getString("recipient"), Channel.valueOf(rs.getString("channel")),
                DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("sent_at")),
                rs.getString("subject_type"), rs.getString("subject_ref"), rs.getString("link"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /**
     * Insert a delivery unless this event already has one for the recipient and channel.
     *
     * @return the new id, or empty when the delivery existed
     */
    Optional<Long> insert(String eventKey, WarningChanged event, Routing.Target target, DeliveryState state,
            String lastError, String payload) {
        WarningLevel level = Routing.levelOf(event);
        return jdbc.sql("""
                insert into notification_delivery (event_key, warning_id, change, level, domain, jurisdiction_code,
                    jurisdiction_path, rule_id, recipient, user_id, channel, state, last_error, payload, next_attempt_at,
                    subject_type, subject_ref, link)
                values (:key, :warning, :change, :level, :domain, :code, :path, :rule, :recipient, :user, :channel,
                    :state, :error, :payload, case when :state = 'PENDING' then now() end, 'WARNING', :warning::text,
                    '/warnings/' || :warning)
                on conflict on constraint notification_delivery_once do nothing
                returning id
                """).param("key", eventKey).param("warning", event.warningId()).param("change", event.change().name())
                .param("level", level == null ? null : level.name())
                .param("domain", event.domain() == null ? null : event.domain().name())
                .param("code", event.jurisdictionCode()).param("path", event.jurisdictionPath())
                .param("rule", target.ruleId()).param("recipient", target.recipient()).param("user", target.userId())
                .param("channel", target.channel().name()).param("state", state.name()).param("error", lastError)
                .param("payload", payload).query(Long.class).optional();
    }

    /**
     * Insert a delivery of a notice unless its event already has one for the recipient and channel.
     *
     * @return the new id, or empty when the delivery existed
     */
    Optional<Long> insertNotice(Notice notice, Routing.Target target, String payload) {
        return jdbc.sql("""
                insert into notification_delivery (event_key, jurisdiction_code, jurisdiction_path, recipient, user_id,
                    channel, state, payload, next_attempt_at, subject_type, subject_ref, link)
                values (:key, :code, :path, :recipient, :user, :channel, 'PENDING', :payload, now(), :type, :ref, :link)
                on conflict on constraint notification_delivery_once do nothing
                returning id
                """).param("key", notice.eventKey()).param("code", notice.jurisdictionCode())
                .param("path", notice.jurisdictionPath()).param("recipient", target.recipient())
                .param("user", target.userId()).param("channel", target.channel().name()).param("payload", payload)
                .param("type", notice.subjectType()).param("ref", notice.subjectRef()).param("link", notice.link())
                .query(Long.class).optional();
    }

    /**
     * Lock up to {@code limit} due deliveries of the sending channels; rows another node holds are skipped, so no
     * two nodes send the same delivery. The locks last until the caller's transaction ends.
     */
    List<Work> claimDue(int limit) {
        return jdbc.sql(SELECT + """
                 where state = 'PENDING' and next_attempt_at <= now() and channel in ('EMAIL', 'WEBHOOK')
                 order by next_attempt_at, id limit :limit for update skip locked
                """).param("limit", limit)
                .query((rs, n) -> new Work(delivery(rs), (Long) rs.getObject("user_id"), rs.getString("payload")))
                .list();
    }

    void markSent(long id) {
        jdbc.sql("""
                update notification_delivery set state = 'SENT', attempts = attempts + 1, last_error = null,
                    sent_at = now(), updated_at = now(), next_attempt_at = null where id = :id
                """).param("id", id).update();
        recordAttempt(id, DeliveryState.SENT, null);
    }

    private void recordAttempt(long id, DeliveryState outcome, String error) {
        jdbc.sql("""
                insert into notification_attempt (delivery_id, number, outcome, error)
                select :id, coalesce(max(number), 0) + 1, :outcome, :error from notification_attempt where delivery_id = :id
                """).param("id", id).param("outcome", outcome.name()).param("error", error).update();
    }

    List<DeliveryAttempt> attempts(long id) {
        return jdbc.sql("select number, at, outcome, error from notification_attempt where delivery_id = :id order by number")
                .param("id", id).query((rs, n) -> new DeliveryAttempt(rs.getInt("number"), instant(rs.getTimestamp("at")),
                        DeliveryState.valueOf(rs.getString("outcome")), rs.getString("error"))).list();
    }

    /** Record a failed attempt: retry at {@code retryAt}, or end in {@code state} when retryAt is null. */
    void markFailed(long id, String error, Instant retryAt, DeliveryState state) {
        String reason = error.length() > 2000 ? error.substring(0, 2000) : error;
        DeliveryState outcome = retryAt == null ? state : DeliveryState.PENDING;
        jdbc.sql("""
                update notification_delivery set state = :state, attempts = attempts + 1, last_error = :error,
                    updated_at = now(), next_attempt_at = :next where id = :id
                """).param("id", id).param("state", outcome.name()).param("error", reason)
                .param("next", retryAt == null ? null : Timestamp.from(retryAt)).update();
        recordAttempt(id, outcome, reason);
    }

    void markSentInApp(long id) {
        jdbc.sql("""
                update notification_delivery set state = 'SENT', attempts = 1, sent_at = now(), updated_at = now()
                where id = :id
                """).param("id", id).update();
        recordAttempt(id, DeliveryState.SENT, null);
    }

    /** Put a failed or dead delivery back in the queue, with its attempts reset. */
    boolean replay(long id) {
        return jdbc.sql("""
                update notification_delivery set state = 'PENDING', attempts = 0, next_attempt_at = now(),
                    updated_at = now() where id = :id and state in ('FAILED', 'DEAD') and channel <> 'IN_APP'
                """).param("id", id).update() == 1;
    }

    Optional<Delivery> find(String scope, long id) {
        return jdbc.sql(SELECT + " where id = :id and jurisdiction_path like :scope").param("id", id)
                .param("scope", scope + "%").query(ROW).optional();
    }

    Optional<String> path(long id) {
        return jdbc.sql("select jurisdiction_path from notification_delivery where id = :id").param("id", id)
                .query(String.class).optional();
    }

    Page<Delivery> search(String scope, DeliveryFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where jurisdiction_path like :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        if (filter.warningId() != null) {
            where.append(" and warning_id = :warning");
            params.put("warning", filter.warningId());
        }
        if (filter.subjectType() != null) {
            where.append(" and subject_type = :subjectType");
            params.put("subjectType", filter.subjectType());
        }
        if (filter.state() != null) {
            where.append(" and state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel().name());
        }
        long total = jdbc.sql("select count(*) from notification_delivery" + where).params(params).query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Delivery> items = jdbc.sql(SELECT + where + " order by id desc limit :limit offset :offset").params(params)
                .query(ROW).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    // --- inbox ---

    void insertInboxItem(long userId, long deliveryId, long warningId, String payload) {
        jdbc.sql("""
                insert into inbox_item (user_id, delivery_id, warning_id, payload, subject_type, subject_ref, link)
                values (:user, :delivery, :warning, :payload, 'WARNING', :warning::text, '/warnings/' || :warning)
                on conflict (delivery_id) do nothing
                """).param("user", userId).param("delivery", deliveryId).param("warning", warningId)
                .param("payload", payload).update();
    }

    void insertNoticeInboxItem(long userId, long deliveryId, Notice notice, String payload) {
        jdbc.sql("""
                insert into inbox_item (user_id, delivery_id, payload, subject_type, subject_ref, link)
                values (:user, :delivery, :payload, :type, :ref, :link)
                on conflict (delivery_id) do nothing
                """).param("user", userId).param("delivery", deliveryId).param("payload", payload)
                .param("type", notice.subjectType()).param("ref", notice.subjectRef()).param("link", notice.link())
                .update();
    }

    /** An inbox row: its id, what it is about, the event or notice as JSON, and when it arrived and was read. */
    record InboxRow(long id, String subjectType, String subjectRef, String link, String payload, Instant createdAt,
            Instant readAt) {
    }

    Page<InboxRow> inbox(long userId, boolean unreadOnly, PageQuery page) {
        String where = " where user_id = :user" + (unreadOnly ? " and read_at is null" : "");
        long total = jdbc.sql("select count(*) from inbox_item" + where).param("user", userId).query(Long.class)
                .single();
        List<InboxRow> items = jdbc.sql("select id, subject_type, subject_ref, link, payload, created_at, read_at"
                + " from inbox_item" + where + " order by id desc limit :limit offset :offset").param("user", userId)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new InboxRow(rs.getLong("id"), rs.getString("subject_type"), rs.getString("subject_ref"),
                        rs.getString("link"), rs.getString("payload"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("read_at")))).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    long unread(long userId) {
        return jdbc.sql("select count(*) from inbox_item where user_id = :user and read_at is null")
                .param("user", userId).query(Long.class).single();
    }

    /** Mark an item of this user read; false when the user has no such item. */
    boolean markRead(long userId, long id) {
        return jdbc.sql("update inbox_item set read_at = coalesce(read_at, now()) where id = :id and user_id = :user")
                .param("id", id).param("user", userId).update() == 1;
    }

    int markAllRead(long userId) {
        return jdbc.sql("update inbox_item set read_at = now() where user_id = :user and read_at is null")
                .param("user", userId).update();
    }

    long countForEvent(String eventKey) {
        return jdbc.sql("select count(*) from notification_delivery where event_key = :key").param("key", eventKey)
                .query(Long.class).single();
    }
}
