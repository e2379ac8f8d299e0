package org.rampart.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for directives, their documents, downloads and the tasks they became. A directive is visible to the scope of its
 * sending jurisdiction, and once circulated to whoever sees one of its receipts ({@link ReceiptRepository#VISIBLE}).
 */
@Repository
class DirectiveRepository {

    private static final String COLUMNS = """
            d.id, d.version, d.number, d.title_en, d.title_zh, d.body, d.jurisdiction_id, d.jurisdiction_code,
                   d.jurisdiction_path, d.sending_unit_code, d.status, d.confirm_by, d.report_required, d.report_due,
                   d.created_by, d.created_at, d.circulated_at, d.circulated_by, d.updated_at
            """;

    /** The directives the actor sees: the sending scope's, and circulated ones with a receipt the actor sees. */
    private static final String VISIBLE = """
            (d.jurisdiction_path like :scope || '%'
             or (d.status = 'CIRCULATED' and exists (select 1 from supervision_directive_receipt r
                     where r.directive_id = d.id and """ + ReceiptRepository.VISIBLE + ")))";

    private final JdbcClient jdbc;

    DirectiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns a creation or a change of a draft writes. */
    record Row(String number, String titleEn, String titleZh, String text, Instant confirmBy, boolean reportRequired,
            LocalDate reportDue) {
    }

    static Directive map(ResultSet rs, int n) throws SQLException {
        java.sql.Date due = rs.getDate("report_due");
        return new Directive(rs.getLong("id"), rs.getInt("version"), rs.getString("number"), rs.getString("title_en"),
                rs.getString("title_zh"), rs.getString("body"), rs.getLong("jurisdiction_id"),
                rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"), rs.getString("sending_unit_code"),
                DirectiveStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("confirm_by")),
                rs.getBoolean("report_required"), due == null ? null : due.toLocalDate(), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("circulated_at")),
                rs.getString("circulated_by"), instant(rs.getTimestamp("updated_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    long insert(Row row, long jurisdictionId, String jurisdictionCode, String jurisdictionPath, Long unitId,
            String unitCode, String by, Instant at) {
        return jdbc.sql("""
                insert into supervision_directive (number, title_en, title_zh, body, jurisdiction_id, jurisdiction_code,
                    jurisdiction_path, sending_unit_id, sending_unit_code, confirm_by, report_required, report_due,
                    created_by, created_at, updated_at)
                values (:number, :titleEn, :titleZh, :body, :jid, :jcode, :jpath, :uid, :ucode, :confirmBy, :report,
                    :due, :by, :at, :at)
                returning id
                """).param("number", row.number()).param("titleEn", row.titleEn()).param("titleZh", row.titleZh())
                .param("body", row.text()).param("jid", jurisdictionId).param("jcode", jurisdictionCode)
                .param("jpath", jurisdictionPath).param("uid", unitId).param("ucode", unitCode)
                .param("confirmBy", ts(row.confirmBy())).param("report", row.reportRequired())
                .param("due", row.reportDue() == null ? null : java.sql.Date.valueOf(row.reportDue()))
                .param("by", by).param("at", ts(at)).query(Long.class).single();
    }

    /** Change a draft; false when its version is not {@code version} (a stale change). */
    boolean update(long id, int version, Row row, Instant at) {
        return jdbc.sql("""
                update supervision_directive set number = :number, title_en = :titleEn, title_zh = :titleZh,
                    body = :body, confirm_by = :confirmBy, report_required = :report, report_due = :due,
                    updated_at = :at, version = version + 1
                where id = :id and version = :version and status = 'DRAFT'
                """).param("number", row.number()).param("titleEn", row.titleEn()).param("titleZh", row.titleZh())
                .param("body", row.text()).param("confirmBy", ts(row.confirmBy())).param("report", row.reportRequired())
                .param("due", row.reportDue() == null ? null : java.sql.Date.valueOf(row.reportDue()))
                .param("at", ts(at)).param("id", id).param("version", version).update() == 1;
    }

    boolean numberTaken(long jurisdictionId, String number, long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from supervision_directive
                               where jurisdiction_id = :jid and lower(number) = lower(:number) and id <> :id)
                """).param("jid", jurisdictionId).param("number", number).param("id", exceptId)
                .query(Boolean.class).single();
    }

    void circulate(long id, Instant confirmBy, String by, Instant at) {
        jdbc.sql("""
                update supervision_directive set status = 'CIRCULATED', confirm_by = :confirmBy, circulated_at = :at,
                    circulated_by = :by, updated_at = :at, version = version + 1
                where id = :id
                """).param("confirmBy", ts(confirmBy)).param("at", ts(at)).param("by", by).param("id", id).update();
    }

    void touch(long id, Instant at) {
        jdbc.sql("update supervision_directive set updated_at = :at, version = version + 1 where id = :id")
                .param("at", ts(at)).param("id", id).update();
    }

    Optional<Directive> find(String scope, Long unitId, long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_directive d where d.id = :id and " + VISIBLE)
                .param("id", id).param("scope", scope).param("unit", unitId).query(DirectiveRepository::map).optional();
    }

    /** The directive for a change, locked: only when it lies in the sending scope. */
    Optional<Directive> lockSent(String scope, long id) {
        return jdbc.sql("select " + COLUMNS + """
                 from supervision_directive d where d.id = :id and d.jurisdiction_path like :scope || '%'
                 for update
                """).param("id", id).param("scope", scope).query(DirectiveRepository::map).optional();
    }

    /** The directive locked, without a scope (the caller has checked the receipt it acts on). */
    Directive lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_directive d where d.id = :id for update")
                .param("id", id).query(DirectiveRepository::map).single();
    }

    Directive byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_directive d where d.id = :id")
                .param("id", id).query(DirectiveRepository::map).single();
    }

    /**
     * The directives the actor sees, newest first; {@code sent} true: only the sending scope's, false: only those the
     * actor received (through a visible receipt), null: both.
     */
    Page<Directive> search(String scope, Long unitId, Boolean sent, String q, PageQuery page) {
        String where = sent == null ? VISIBLE
                : sent ? "d.jurisdiction_path like :scope || '%'"
                : "(not d.jurisdiction_path like :scope || '%') and " + VISIBLE;
        if (q != null) {
            where += " and (d.number ilike '%' || :q || '%' or d.title_en ilike '%' || :q || '%' or d.title_zh like '%' || :q || '%')";
        }
        long total = jdbc.sql("select count(*) from supervision_directive d where " + where).param("scope", scope)
                .param("unit", unitId).param("q", q == null ? "" : escapeLike(q)).query(Long.class).single();
        List<Directive> items = jdbc.sql("select " + COLUMNS + " from supervision_directive d where " + where
                + " order by coalesce(d.circulated_at, d.created_at) desc, d.id desc limit :limit offset :offset")
                .param("scope", scope).param("unit", unitId).param("q", q == null ? "" : escapeLike(q))
                .param("limit", page.size()).param("offset", page.offset()).query(DirectiveRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static String escapeLike(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // --- documents ---

    private static DirectiveDocument document(ResultSet rs, int n) throws SQLException {
        return new DirectiveDocument(rs.getLong("id"), rs.getLong("directive_id"), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), instant(rs.getTimestamp("uploaded_at")));
    }

    long insertDocument(long directiveId, String name, String type, byte[] content, String sha, String by, Instant at) {
        return jdbc.sql("""
                insert into supervision_directive_document (directive_id, filename, content_type, size_bytes, sha256,
                    content, uploaded_by, uploaded_at)
                values (:d, :name, :type, :size, :sha, :content, :by, :at) returning id
                """).param("d", directiveId).param("name", name).param("type", type).param("size", content.length)
                .param("sha", sha).param("content", content).param("by", by).param("at", ts(at))
                .query(Long.class).single();
    }

    List<DirectiveDocument> documents(long directiveId) {
        return jdbc.sql("""
                select id, directive_id, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                from supervision_directive_document where directive_id = :d order by id
                """).param("d", directiveId).query(DirectiveRepository::document).list();
    }

    Optional<byte[]> documentContent(long directiveId, long documentId) {
        return jdbc.sql("select content from supervision_directive_document where directive_id = :d and id = :id")
                .param("d", directiveId).param("id", documentId).query(byte[].class).optional();
    }

    boolean deleteDocument(long directiveId, long documentId) {
        return jdbc.sql("delete from supervision_directive_document where directive_id = :d and id = :id")
                .param("d", directiveId).param("id", documentId).update() == 1;
    }

    void recordDownload(long directiveId, long documentId, Long receiptId, Long unitId, String username, Instant at) {
        jdbc.sql("""
                insert into supervision_directive_download (directive_id, document_id, receipt_id, unit_id, username, at)
                values (:d, :doc, :r, :u, :by, :at)
                """).param("d", directiveId).param("doc", documentId).param("r", receiptId).param("u", unitId)
                .param("by", username).param("at", ts(at)).update();
    }

    // --- tasks ---

    void linkTask(long directiveId, long taskId, Long receiptId, String kind, String by, Instant at) {
        jdbc.sql("""
                insert into supervision_directive_task (directive_id, task_id, receipt_id, kind, created_by, created_at)
                values (:d, :t, :r, :kind, :by, :at)
                """).param("d", directiveId).param("t", taskId).param("r", receiptId).param("kind", kind)
                .param("by", by).param("at", ts(at)).update();
    }

    /** The tasks a directive became: task id, receipt id (or null) and kind, oldest first. */
    List<TaskLink> tasks(long directiveId) {
        return jdbc.sql("""
                select task_id, receipt_id, kind, created_at, created_by from supervision_directive_task
                where directive_id = :d order by created_at, task_id
                """).param("d", directiveId).query((rs, n) -> new TaskLink(rs.getLong("task_id"),
                (Long) rs.getObject("receipt_id"), rs.getString("kind"), instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"))).list();
    }

    record TaskLink(long taskId, Long receiptId, String kind, Instant createdAt, String createdBy) {
    }
}
