package org.rampart.indicator.mqtt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The MQTT dead letters, their problems kept as a JSON array of codes with their arguments. */
@Repository
class MqttDeadLetterRepository {

    /** The most bytes of one payload that are kept. */
    static final int MAX_PAYLOAD = 256 * 1024;
    static final int MAX_REASON = 8000;
    static final int MAX_TOPIC = 1000;
    /** The most problems of one message that are kept (a batch of 10,000 bad items has as many). */
    static final int MAX_PROBLEMS = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    MqttDeadLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keep a message with its problems; the reason column gets them as codes (see {@link Problem#toString}). */
    long insert(String topic, byte[] payload, List<Problem> problems, Instant receivedAt) {
        boolean truncated = payload.length > MAX_PAYLOAD;
        String reason = problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
        return jdbc.sql("""
                insert into mqtt_dead_letter (topic, payload, truncated, reason, problems, received_at)
                values (:topic, :payload, :truncated, :reason, cast(:problems as jsonb), :receivedAt) returning id""")
                .param("topic", topic.length() > MAX_TOPIC ? topic.substring(0, MAX_TOPIC) : topic)
                .param("payload", truncated ? Arrays.copyOf(payload, MAX_PAYLOAD) : payload)
                .param("truncated", truncated)
                .param("reason", reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason)
                .param("problems", JSON.writeValueAsString(problems.stream().limit(MAX_PROBLEMS).map(MqttDeadLetterRepository::row)
                        .toList()))
                .param("receivedAt", Timestamp.from(receivedAt))
                .query(Long.class).single();
    }

    Page<MqttDeadLetter> page(PageQuery page) {
        long total = jdbc.sql("select count(*) from mqtt_dead_letter").query(Long.class).single();
        List<MqttDeadLetter> items = jdbc.sql("""
                select id, topic, payload, truncated, reason, problems::text as problems, received_at from mqtt_dead_letter
                order by received_at desc, id desc limit :limit offset :offset""")
                .param("limit", page.size()).param("offset", page.offset())
                .query(MqttDeadLetterRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static MqttDeadLetter map(ResultSet rs, int row) throws SQLException {
        String problems = rs.getString("problems");
        return new MqttDeadLetter(rs.getLong("id"), rs.getString("topic"), rs.getBytes("payload"),
                rs.getBoolean("truncated"), rs.getString("reason"), problems == null ? null : problems(problems),
                rs.getTimestamp("received_at").toInstant());
    }

    private static Map<String, Object> row(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", p.field());
        m.put("line", p.line());
        m.put("index", p.index());
        m.put("code", p.code());
        m.put("args", p.args());
        return m;
    }

    private static List<Problem> problems(String json) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) {
            List<String> args = new ArrayList<>();
            n.path("args").forEach(a -> args.add(a.asString()));
            problems.add(new Problem(text(n.get("field")), number(n.get("line")), number(n.get("index")),
                    n.path("code").asString(), args));
        }
        return problems;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    private static Integer number(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }
}
