package org.rampart.supervision;

import static org.rampart.supervision.DirectiveRepository.instant;
import static org.rampart.supervision.DirectiveRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the receipts of directives. A receipt is visible to the scope its unit's jurisdiction lies in, to the
 * members of its unit, and to the members of the unit that passed it on.
 */
@Repository
class ReceiptRepository {

    /** The receipts (alias {@code r}) the actor sees, with parameters {@code scope} and {@code unit}. */
    static final String VISIBLE = """
            (r.jurisdiction_path like :scope || '%' or r.unit_id = :unit
             or r.parent_id in (select p.id from supervision_directive_receipt p where p.unit_id = :unit))""";

    private static final String COLUMNS = """
            r.id, r.directive_id, r.parent_id, r.depth, r.unit_id, r.unit_code, r.jurisdiction_id, r.jurisdiction_code,
                   r.jurisdiction_path, r.has_below, r.received_at, r.confirm_by, r.confirmed_at, r.confirmed_by,
                   r.pass_on, r.passed_on_at, r.passed_on_by, r.pass_on_note, r.reported_at, r.reported_by,
                   r.report_text, r.reminded_at, r.task_id,
                   (select count(*) from supervision_directive_download w where w.receipt_id = r.id) as downloads
            """;

    private final JdbcClient jdbc;

    ReceiptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static DirectiveReceipt map(ResultSet rs, int n) throws SQLException {
        String passOn = rs.getString("pass_on");
        return new DirectiveReceipt(rs.getLong("id"), rs.getLong("directive_id"), (Long) rs.getObject("parent_id"),
                rs.getInt("depth"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getLong("jurisdiction_id"),
                rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"), rs.getBoolean("has_below"),
                instant(rs.getTimestamp("received_at")), instant(rs.getTimestamp("confirm_by")),
                instant(rs.getTimestamp("confirmed_at")), rs.getString("confirmed_by"),
                passOn == null ? null : PassOn.valueOf(passOn), instant(rs.getTimestamp("passed_on_at")),
                rs.getString("passed_on_by"), rs.getString("pass_on_note"), instant(rs.getTimestamp("reported_at")),
                rs.getString("reported_by"), rs.getString("report_text"), instant(rs.getTimestamp("reminded_at")),
                (Long) rs.getObject("task_id"), rs.getInt("downloads"));
    }

    /** A receiving unit to insert. */
    record NewReceipt(long unitId, String unitCode, long jurisdictionId, String jurisdictionCode,
            String jurisdictionPath, boolean hasBelow) {
    }

    long insert(long directiveId, Long parentId, int depth, NewReceipt r, Instant receivedAt, Instant confirmBy) {
        return jdbc.sql("""
                insert into supervision_directive_receipt (directive_id, parent_id, depth, unit_id, unit_code,
                    jurisdiction_id, jurisdiction_code, jurisdiction_path, has_below, received_at, confirm_by)
                values (:d, :parent, :depth, :unit, :code, :jid, :jcode, :jpath, :below, :at, :confirmBy)
                returning id
                """).param("d", directiveId).param("parent", parentId).param("depth", depth).param("unit", r.unitId())
                .param("code", r.unitCode()).param("jid", r.jurisdictionId()).param("jcode", r.jurisdictionCode())
                .param("jpath", r.jurisdictionPath()).param("below", r.hasBelow()).param("at", ts(receivedAt))
                .param("confirmBy", ts(confirmBy)).query(Long.class).single();
    }

    /** The units that already received the directive. */
    Set<Long> receivingUnits(long directiveId) {
        return new HashSet<>(jdbc.sql("select unit_id from supervision_directive_receipt where directive_id = :d")
                .param("d", directiveId).query(Long.class).list());
    }

    /** The receipts of a directive the actor sees, top level first, then by jurisdiction code and unit code. */
    List<DirectiveReceipt> visible(long directiveId, String scope, Long unitId) {
        return jdbc.sql("select " + COLUMNS + " from supervision_directive_receipt r where r.directive_id = :d and "
                + VISIBLE + " order by r.depth, r.jurisdiction_code, r.unit_code")
                .param("d", directiveId).param("scope", scope).param("unit", unitId)
                .query(ReceiptRepository::map).list();
    }

    Optional<DirectiveReceipt> find(long directiveId, long id, String scope, Long unitId) {
        return jdbc.sql("select " + COLUMNS + " from supervision_directive_receipt r where r.id = :id"
                + " and r.directive_id = :d and " + VISIBLE)
                .param("id", id).param("d", directiveId).param("scope", scope).param("unit", unitId)
                .query(ReceiptRepository::map).optional();
    }

    /** The receipt locked for a change, when the actor sees it. */
    Optional<DirectiveReceipt> lock(long directiveId, long id, String scope, Long unitId) {
        Optional<Long> locked = jdbc.sql("select r.id from supervision_directive_receipt r where r.id = :id"
                + " and r.directive_id = :d and " + VISIBLE + " for update of r")
                .param("id", id).param("d", directiveId).param("scope", scope).param("unit", unitId)
                .query(Long.class).optional();
        return locked.map(this::byId);
    }

    DirectiveReceipt byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_directive_receipt r where r.id = :id")
                .param("id", id).query(ReceiptRepository::map).single();
    }

    /** The receipt of the unit for the directive, if it received it. */
    Optional<DirectiveReceipt> ofUnit(long directiveId, Long unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from supervision_directive_receipt r where r.directive_id = :d"
                + " and r.unit_id = :unit").param("d", directiveId).param("unit", unitId)
                .query(ReceiptRepository::map).optional();
    }

    void confirm(long id, String by, Instant at) {
        jdbc.sql("update supervision_directive_receipt set confirmed_at = :at, confirmed_by = :by where id = :id")
                .param("at", ts(at)).param("by", by).param("id", id).update();
    }

    /** Record the pass-on decision; a later pass-on keeps the first time and widens NOT_APPLICABLE to PASSED. */
    void passOn(long id, PassOn decision, String note, String by, Instant at) {
        jdbc.sql("""
                update supervision_directive_receipt set pass_on = :decision,
                    passed_on_at = coalesce(passed_on_at, :at), passed_on_by = coalesce(passed_on_by, :by),
                    pass_on_note = coalesce(:note, pass_on_note)
                where id = :id
                """).param("decision", decision.name()).param("note", note).param("by", by).param("at", ts(at))
                .param("id", id).update();
    }

    void report(long id, String text, String by, Instant at) {
        jdbc.sql("""
                update supervision_directive_receipt set report_text = :text, reported_by = :by, reported_at = :at
                where id = :id
                """).param("text", text).param("by", by).param("at", ts(at)).param("id", id).update();
    }

    /** Receipts of the unit not yet confirmed, with their directive, soonest deadline first. */
    List<DirectiveToConfirm> toConfirm(long unitId, Instant now, int limit) {
        return jdbc.sql("""
                select r.id, d.id as directive_id, d.number, d.title_en, d.title_zh, d.jurisdiction_code, r.received_at,
                       r.confirm_by, d.report_required, d.report_due
                from supervision_directive_receipt r join supervision_directive d on d.id = r.directive_id
                where r.unit_id = :unit and r.confirmed_at is null
                order by r.confirm_by, r.id
                limit :limit
                """).param("unit", unitId).param("limit", limit).query((rs, n) -> {
                    Instant confirmBy = instant(rs.getTimestamp("confirm_by"));
                    java.sql.Date due = rs.getDate("report_due");
                    return new DirectiveToConfirm(rs.getLong("id"), rs.getLong("directive_id"), rs.getString("number"),
                            rs.getString("title_en"), rs.getString("title_zh"), rs.getString("jurisdiction_code"),
                            instant(rs.getTimestamp("received_at")), confirmBy, !now.isBefore(confirmBy),
                            rs.getBoolean("report_required"), due == null ? null : due.toLocalDate());
                }).list();
    }

    // --- the timed passes ---

    /** Unconfirmed receipts past their deadline not yet reminded for that deadline, locked for this pass. */
    List<DirectiveReceipt> lockDueReminders(Instant now, int limit) {
        List<Long> ids = jdbc.sql("""
                select id from supervision_directive_receipt
                where confirmed_at is null and confirm_by <= :now and reminded_for is distinct from confirm_by
                order by confirm_by, id
                limit :limit
                for update skip locked
                """).param("now", ts(now)).param("limit", limit).query(Long.class).list();
        return ids.stream().map(this::byId).toList();
    }

    void markReminded(long id, Instant deadline, Instant at) {
        jdbc.sql("update supervision_directive_receipt set reminded_for = :deadline, reminded_at = :at where id = :id")
                .param("deadline", ts(deadline)).param("at", ts(at)).param("id", id).update();
    }

    /** Unconfirmed receipts whose deadline passed before {@code cutoff} and without a task yet, locked for this pass. */
    List<DirectiveReceipt> lockDueTasks(Instant cutoff, int limit) {
        List<Long> ids = jdbc.sql("""
                select id from supervision_directive_receipt
                where confirmed_at is null and task_id is null and task_problem is null and confirm_by <= :cutoff
                order by confirm_by, id
                limit :limit
                for update skip locked
                """).param("cutoff", ts(cutoff)).param("limit", limit).query(Long.class).list();
        return ids.stream().map(this::byId).toList();
    }

    void setTaskProblem(long id, String problem, Instant at) {
        jdbc.sql("update supervision_directive_receipt set task_problem = :problem, task_at = :at where id = :id")
                .param("problem", problem).param("at", ts(at)).param("id", id).update();
    }

    void setTask(long id, long taskId, Instant at) {
        jdbc.sql("update supervision_directive_receipt set task_id = :task, task_at = :at where id = :id")
                .param("task", taskId).param("at", ts(at)).param("id", id).update();
    }
}
