package org.rampart.supervision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar feed tokens ({@code supervision_calendar_feed}): one active token per user, kept as its SHA-256. */
@Repository
class CalendarFeedRepository {

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Token(long id, long userId, String username, Instant createdAt, Instant lastReadAt) {
    }

    Optional<Token> active(long userId) {
        return jdbc.sql("""
                select id, user_id, username, created_at, last_read_at from supervision_calendar_feed
                where user_id = :u and revoked_at is null
                """).param("u", userId).query(this::token).optional();
    }

    Optional<Token> byHash(String sha256) {
        return jdbc.sql("""
                select id, user_id, username, created_at, last_read_at from supervision_calendar_feed
                where token_sha256 = :h and revoked_at is null
                """).param("h", sha256).query(this::token).optional();
    }

    /** Revoke the user's active token, if any; true when there was one. */
    boolean revoke(long userId) {
        return jdbc.sql("update supervision_calendar_feed set revoked_at = now() where user_id = :u and revoked_at is null")
                .param("u", userId).update() > 0;
    }

    long insert(long userId, String username, String sha256) {
        return jdbc.sql("""
                insert into supervision_calendar_feed (user_id, username, token_sha256) values (:u, :n, :h) returning id
                """).param("u", userId).param("n", username).param("h", sha256).query(Long.class).single();
    }

    void read(long id) {
        jdbc.sql("update supervision_calendar_feed set last_read_at = now() where id = :id").param("id", id).update();
    }

    private Token token(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime read = rs.getObject("last_read_at", OffsetDateTime.class);
        return new Token(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
    }
}
