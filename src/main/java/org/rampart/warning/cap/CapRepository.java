package org.rampart.warning.cap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for CAP messages. Lists and single reads of imported messages take the caller's scope. */
@Repository
class CapRepository {

    enum Direction { IMPORTED, PUBLISHED }

    /** A stored message without its XML. */
    record Row(long id, String identifier, String sender, OffsetDateTime sent, String status, String msgType,
            String scope, Direction direction, Instant receivedAt) {
    }

    record InfoRow(long messageId, int position, String language, String event, String severity, String headline,
            String areaDesc) {
    }

    record AreaRow(long messageId, long jurisdictionId, String jurisdictionCode, String jurisdictionPath, int level,
            String matchedBy) {
    }

    private static final String SELECT = """
            select m.id, m.identifier, m.sender, m.sent, m.status, m.msg_type, m.scope, m.direction, m.received_at
            from cap_message m
            """;

    /** Messages mapped into the scope, and unmapped ones when the caller sees the whole tree. */
    private static final String IN_SCOPE = """
             (exists (select 1 from cap_message_area a where a.message_id = m.id and a.jurisdiction_path like :scope)
              or (:wholeTree and not exists (select 1 from cap_message_area a where a.message_id = m.id)))
            """;

    private final JdbcClient jdbc;

    CapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("identifier"), rs.getString("sender"),
                rs.getObject("sent", OffsetDateTime.class), rs.getString("status"), rs.getString("msg_type"),
                rs.getString("scope"), Direction.valueOf(rs.getString("direction")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }

    boolean exists(String sender, String identifier, OffsetDateTime sent) {
        return jdbc.sql("select count(*) > 0 from cap_message where sender = :sender and identifier = :identifier and sent = :sent")
                .param("sender", sender).param("identifier", identifier).param("sent", sent)
                .query(Boolean.class).single();
    }

    long insert(CapMessage m, byte[] xml, Direction direction, String receivedBy) {
        return jdbc.sql("""
                insert into cap_message (identifier, sender, sent, status, msg_type, scope, xml, direction, received_by)
                values (:identifier, :sender, :sent, :status, :msgType, :scope, :xml, :direction, :by)
                returning id
                """).param("identifier", m.identifier()).param("sender", m.sender()).param("sent", m.sent())
                .param("status", m.status()).param("msgType", m.msgType()).param("scope", m.scope())
                .param("xml", xml).param("direction", direction.name()).param("by", receivedBy)
                .query(Long.class).single();
    }

    void insertInfos(long messageId, List<CapMessage.Info> infos) {
        for (int i = 0; i < infos.size(); i++) {
            CapMessage.Info info = infos.get(i);
            String areaDesc = String.join("; ", info.areas().stream().map(CapMessage.Area::areaDesc).toList());
            jdbc.sql("""
                    insert into cap_message_info (message_id, position, language, event, severity, headline, area_desc)
                    values (:id, :position, :language, :event, :severity, :headline, :areaDesc)
                    """).param("id", messageId).param("position", i).param("language", info.languageOrDefault())
                    .param("event", info.event()).param("severity", info.severity()).param("headline", info.headline())
                    .param("areaDesc", areaDesc.isEmpty() ? null : areaDesc).update();
        }
    }

    void insertAreas(long messageId, List<AreaRow> areas) {
        for (AreaRow a : areas) {
            jdbc.sql("""
                    insert into cap_message_area (message_id, jurisdiction_id, jurisdiction_code, jurisdiction_path, level, matched_by)
                    values (:id, :jid, :code, :path, :level, :matchedBy)
                    """).param("id", messageId).param("jid", a.jurisdictionId()).param("code", a.jurisdictionCode())
                    .param("path", a.jurisdictionPath()).param("level", a.level()).param("matchedBy", a.matchedBy())
                    .update();
        }
    }

    Page<Row> page(String scope, boolean wholeTree, PageQuery page) {
        long total = jdbc.sql("select count(*) from cap_message m where " + IN_SCOPE)
                .param("scope", scope + "%").param("wholeTree", wholeTree).query(Long.class).single();
        List<Row> items = jdbc.sql(SELECT + " where " + IN_SCOPE + " order by m.sent desc, m.id desc limit :limit offset :offset")
                .param("scope", scope + "%").param("wholeTree", wholeTree).param("limit", page.size())
                .param("offset", page.offset()).query(CapRepository::row).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    Optional<Row> find(String scope, boolean wholeTree, long id) {
        return jdbc.sql(SELECT + " where m.id = :id and " + IN_SCOPE).param("id", id).param("scope", scope + "%")
                .param("wholeTree", wholeTree).query(CapRepository::row).optional();
    }

    Optional<Row> findPublished(long id) {
        return jdbc.sql(SELECT + " where m.id = :id and m.direction = 'PUBLISHED'").param("id", id)
                .query(CapRepository::row).optional();
    }

    /** Published messages, newest first, for the public feed. */
    List<Row> published(int limit) {
        return jdbc.sql(SELECT + " where m.direction = 'PUBLISHED' order by m.sent desc, m.id desc limit :limit")
                .param("limit", limit).query(CapRepository::row).list();
    }

    byte[] xml(long id) {
        return jdbc.sql("select xml from cap_message where id = :id").param("id", id).query(byte[].class).single();
    }

    Map<Long, List<InfoRow>> infos(List<Long> ids) {
        Map<Long, List<InfoRow>> byMessage = new HashMap<>();
        if (ids.isEmpty()) {
            return byMessage;
        }
        jdbc.sql("""
                select message_id, position, language, event, severity, headline, area_desc from cap_message_info
                where message_id = any(:ids) order by message_id, position
                """).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new InfoRow(rs.getLong("message_id"), rs.getInt("position"), rs.getString("language"),
                        rs.getString("event"), rs.getString("severity"), rs.getString("headline"), rs.getString("area_desc")))
                .list().forEach(i -> byMessage.computeIfAbsent(i.messageId(), k -> new ArrayList<>()).add(i));
        return byMessage;
    }

    Map<Long, List<AreaRow>> areas(List<Long> ids) {
        Map<Long, List<AreaRow>> byMessage = new HashMap<>();
        if (ids.isEmpty()) {
            return byMessage;
        }
        jdbc.sql("""
                select message_id, jurisdiction_id, jurisdiction_code, jurisdiction_path, level, matched_by
                from cap_message_area where message_id = any(:ids) order by message_id, level, jurisdiction_code
                """).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new AreaRow(rs.getLong("message_id"), rs.getLong("jurisdiction_id"),
                        rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"), rs.getInt("level"),
                        rs.getString("matched_by")))
                .list().forEach(a -> byMessage.computeIfAbsent(a.messageId(), k -> new ArrayList<>()).add(a));
        return byMessage;
    }
}
