package org.rampart.indicator.mqtt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The MQTT dead letters. */
@Repository
class MqttDeadLetterRepository {

    /** The most bytes of one payload that are kept. */
    static final int MAX_PAYLOAD = 256 * 1024;
    static final int MAX_REASON = 8000;
    static final int MAX_TOPIC = 1000;

    private final JdbcClient jdbc;

    MqttDeadLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String topic, byte[] payload, String reason, Instant receivedAt) {
        boolean truncated = payload.length > MAX_PAYLOAD;
        return jdbc.sql("""
                insert into mqtt_dead_letter (topic, payload, truncated, reason, received_at)
                values (:topic, :payload, :truncated, :reason, :receivedAt) returning id""")
                .param("topic", topic.length() > MAX_TOPIC ? topic.substring(0, MAX_TOPIC) : topic)
                .param("payload", truncated ? Arrays.copyOf(payload, MAX_PAYLOAD) : payload)
                .param("truncated", truncated)
                .param("reason", reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason)
                .param("receivedAt", Timestamp.from(receivedAt))
                .query(Long.class).single();
    }

    Page<MqttDeadLetter> page(PageQuery page) {
        long total = jdbc.sql("select count(*) from mqtt_dead_letter").query(Long.class).single();
        List<MqttDeadLetter> items = jdbc.sql("""
                select id, topic, payload, truncated, reason, received_at from mqtt_dead_letter
                order by received_at desc, id desc limit :limit offset :offset""")
                .param("limit", page.size()).param("offset", page.offset())
                .query(MqttDeadLetterRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static MqttDeadLetter map(ResultSet rs, int row) throws SQLException {
        return new MqttDeadLetter(rs.getLong("id"), rs.getString("topic"), rs.getBytes("payload"),
                rs.getBoolean("truncated"), rs.getString("reason"), rs.getTimestamp("received_at").toInstant());
    }
}
