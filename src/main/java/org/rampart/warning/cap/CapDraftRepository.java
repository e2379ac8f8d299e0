package org.rampart.warning.cap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for public-warning drafts; every read takes the caller's scope. */
@Repository
class CapDraftRepository {

    private static final String SELECT = """
            select d.* from cap_draft d
            """;

    private final JdbcClient jdbc;

    CapDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static CapDraft row(ResultSet rs, int n) throws SQLException {
        CapDraft.Content content = new CapDraft.Content(rs.getString("event_en"), rs.getString("event_zh"),
                rs.getString("category"), rs.getString("urgency"), rs.getString("severity"), rs.getString("certainty"),
                rs.getTimestamp("expires").toInstant(), rs.getString("headline_en"), rs.getString("description_en"),
                rs.getString("instruction_en"), rs.getString("headline_zh"), rs.getString("description_zh"),
                rs.getString("instruction_zh"), rs.getString("area_desc"));
        String polygons = rs.getString("polygons");
        return new CapDraft(rs.getLong("id"), CapDraft.State.valueOf(rs.getString("state")), rs.getString("msg_type"),
                rs.getObject("warning_id", Long.class), rs.getObject("references_message_id", Long.class),
                rs.getObject("published_message_id", Long.class), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_path"), content,
                polygons.isEmpty() ? List.of() : Arrays.asList(polygons.split("\n")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("approved_by"), rs.getString("rejected_by"),
                rs.getString("reject_reason"));
    }

    long insert(String msgType, Long warningId, Long referencesMessageId, String jurisdictionCode,
            String jurisdictionPath, CapDraft.Content c, List<String> polygons, String createdBy) {
        return content(jdbc.sql("""
                insert into cap_draft (state, msg_type, warning_id, references_message_id, jurisdiction_code,
                    jurisdiction_path, event_en, event_zh, category, urgency, severity, certainty, expires, headline_en,
                    description_en, instruction_en, headline_zh, description_zh, instruction_zh, area_desc, polygons,
                    created_by)
                values ('DRAFT', :msgType, :warningId, :references, :code, :path, :eventEn, :eventZh, :category,
                    :urgency, :severity, :certainty, :expires, :headlineEn, :descriptionEn, :instructionEn,
                    :headlineZh, :descriptionZh, :instructionZh, :areaDesc, :polygons, :by)
                returning id
                """), c).param("msgType", msgType).param("warningId", warningId)
                .param("references", referencesMessageId).param("code", jurisdictionCode)
                .param("path", jurisdictionPath).param("polygons", String.join("\n", polygons)).param("by", createdBy)
                .query(Long.class).single();
    }

    private static JdbcClient.StatementSpec content(JdbcClient.StatementSpec spec, CapDraft.Content c) {
        return spec.param("eventEn", c.eventEn()).param("eventZh", c.eventZh()).param("category", c.category())
                .param("urgency", c.urgency()).param("severity", c.severity()).param("certainty", c.certainty())
                .param("expires", Timestamp.from(c.expires())).param("headlineEn", c.headlineEn())
                .param("descriptionEn", c.descriptionEn()).param("instructionEn", c.instructionEn())
                .param("headlineZh", c.headlineZh()).param("descriptionZh", c.descriptionZh())
                .param("instructionZh", c.instructionZh()).param("areaDesc", c.areaDesc());
    }

    Optional<CapDraft> find(String scope, long id) {
        return jdbc.sql(SELECT + " where d.id = :id and d.jurisdiction_path like :scope").param("id", id)
                .param("scope", scope + "%").query(CapDraftRepository::row).optional();
    }

    /** Drafts in the scope, open ones (DRAFT, APPROVED) first, newest first. */
    List<CapDraft> list(String scope, int limit) {
        return jdbc.sql(SELECT + """
                 where d.jurisdiction_path like :scope
                order by case when d.state in ('DRAFT', 'APPROVED') then 0 else 1 end, d.changed_at desc, d.id desc
                limit :limit
                """).param("scope", scope + "%").param("limit", limit).query(CapDraftRepository::row).list();
    }

    /** The draft that became a published message, in the scope. */
    Optional<CapDraft> publishedAs(String scope, long messageId) {
        return jdbc.sql(SELECT + " where d.published_message_id = :m and d.jurisdiction_path like :scope")
                .param("m", messageId).param("scope", scope + "%").query(CapDraftRepository::row).optional();
    }

    /** Change the texts of a draft still in state DRAFT; false when it is in another state. */
    boolean updateContent(long id, CapDraft.Content c) {
        return content(jdbc.sql("""
                update cap_draft set event_en = :eventEn, event_zh = :eventZh, category = :category,
                    urgency = :urgency, severity = :severity, certainty = :certainty, expires = :expires,
                    headline_en = :headlineEn, description_en = :descriptionEn, instruction_en = :instructionEn,
                    headline_zh = :headlineZh, description_zh = :descriptionZh, instruction_zh = :instructionZh,
                    area_desc = :areaDesc, changed_at = now()
                where id = :id and state = 'DRAFT'
                """), c).param("id", id).update() == 1;
    }

    boolean approve(long id, String by) {
        return jdbc.sql("""
                update cap_draft set state = 'APPROVED', approved_by = :by, approved_at = now(), changed_at = now()
                where id = :id and state = 'DRAFT' and created_by <> :by
                """).param("id", id).param("by", by).update() == 1;
    }

    boolean reject(long id, String by, String reason) {
        return jdbc.sql("""
                update cap_draft set state = 'REJECTED', rejected_by = :by, reject_reason = :reason, changed_at = now()
                where id = :id and state in ('DRAFT', 'APPROVED')
                """).param("id", id).param("by", by).param("reason", reason).update() == 1;
    }

    boolean published(long id, long messageId) {
        return jdbc.sql("""
                update cap_draft set state = 'PUBLISHED', published_message_id = :m, published_at = now(),
                    changed_at = now()
                where id = :id and state = 'APPROVED'
                """).param("id", id).param("m", messageId).update() == 1;
    }
}
