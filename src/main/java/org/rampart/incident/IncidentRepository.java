package org.rampart.incident;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for incidents and everything hanging off them. Every read that users see takes a scope path and filters by it. */
@Repository
class IncidentRepository {

    private static final String COLUMNS = """
            i.id, i.incident_type, i.sub_type, i.title, i.description, i.jurisdiction_id, i.jurisdiction_code,
                   i.jurisdiction_path, i.longitude, i.latitude, i.occurred_at, i.reported_at, i.reporter, i.organisation,
                   i.deaths, i.serious_injuries, i.missing, i.affected, i.economic_loss, i.status, i.computed_grade,
                   i.grade_explanation, i.grade_override, i.override_reason, i.warning_refs, i.risk_refs, i.final_cause,
                   i.final_lessons, i.final_rectification, i.supplementary_due_at, i.next_follow_up_at, i.updated_at,
                   i.closed_at,
                   exists (select 1 from incident_report_step s where s.incident_id = i.id and s.confirmed_at is null
                           and s.superseded_at is null and s.due_at < now()) as overdue
            """;

    private final JdbcClient jdbc;

    IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns an insert or an update writes. */
    record Row(IncidentType type, String subType, String title, String description, long jurisdictionId,
            String jurisdictionCode, String jurisdictionPath, Double longitude, Double latitude, Instant occurredAt,
            Instant reportedAt, String organisation, Figures figures, List<String> warningRefs, List<String> riskRefs) {
    }

    static Incident map(ResultSet rs, int n) throws SQLException {
        return new Incident(rs.getLong("id"), IncidentType.valueOf(rs.getString("incident_type")),
                rs.getString("sub_type"), rs.getString("title"), rs.getString("description"),
                rs.getLong("jurisdiction_id"), rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"),
                (Double) rs.getObject("longitude"), (Double) rs.getObject("latitude"), instant(rs.getTimestamp("occurred_at")),
                instant(rs.getTimestamp("reported_at")), rs.getString("reporter"), rs.getString("organisation"),
                new Figures(rs.getInt("deaths"), rs.getInt("serious_injuries"), rs.getInt("missing"),
                        rs.getInt("affected"), rs.getBigDecimal("economic_loss")),
                IncidentStatus.valueOf(rs.getString("status")), IncidentGrade.valueOf(rs.getString("computed_grade")),
                rs.getString("grade_explanation"), IncidentGrade.parse(rs.getString("grade_override")),
                rs.getString("override_reason"), strings(rs.getArray("warning_refs")), strings(rs.getArray("risk_refs")),
                rs.getString("final_cause"), rs.getString("final_lessons"), rs.getString("final_rectification"),
                instant(rs.getTimestamp("supplementary_due_at")), instant(rs.getTimestamp("next_follow_up_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("closed_at")), rs.getBoolean("overdue"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    // --- grading rules ---

    Optional<String> gradingRules(IncidentType type) {
        return jdbc.sql("select criteria::text from incident_grading_rule where incident_type = :t")
                .param("t", type.name()).query(String.class).optional();
    }

    void saveGradingRules(IncidentType type, String json, String by) {
        jdbc.sql("""
                insert into incident_grading_rule (incident_type, criteria, updated_at, updated_by)
                values (:t, cast(:c as jsonb), now(), :by)
                on conflict (incident_type) do update set criteria = excluded.criteria, updated_at = now(),
                    updated_by = excluded.updated_by
                """).param("t", type.name()).param("c", json).param("by", by).update();
    }

    // --- incidents ---

    long insert(Row r, String reporter, IncidentGrade grade, String explanation, Instant nextFollowUp) {
        return jdbc.sql("""
                insert into incident (incident_type, sub_type, title, description, jurisdiction_id, jurisdiction_code,
                    jurisdiction_path, longitude, latitude, occurred_at, reported_at, reporter, organisation, deaths,
                    serious_injuries, missing, affected, economic_loss, computed_grade, grade_explanation, warning_refs,
                    risk_refs, next_follow_up_at)
                values (:type, :subType, :title, :description, :jid, :jcode, :jpath, :lon, :lat, :occurred, :reported,
                    :reporter, :organisation, :deaths, :injuries, :missing, :affected, :loss, :grade, :explanation,
                    :warnings, :risks, :followUp)
                returning id
                """).params(params(r)).param("reporter", reporter).param("grade", grade.name())
                .param("explanation", explanation).param("followUp", ts(nextFollowUp)).query(Long.class).single();
    }

    void update(long id, Row r) {
        jdbc.sql("""
                update incident set incident_type = :type, sub_type = :subType, title = :title,
                    description = :description, jurisdiction_id = :jid, jurisdiction_code = :jcode,
                    jurisdiction_path = :jpath, longitude = :lon, latitude = :lat, occurred_at = :occurred,
                    reported_at = :reported, organisation = :organisation, deaths = :deaths,
                    serious_injuries = :injuries, missing = :missing, affected = :affected, economic_loss = :loss,
                    warning_refs = :warnings, risk_refs = :risks, updated_at = now()
                where id = :id
                """).params(params(r)).param("id", id).update();
    }

    private static Map<String, Object> params(Row r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", r.type().name());
        p.put("subType", r.subType());
        p.put("title", r.title());
        p.put("description", r.description());
        p.put("jid", r.jurisdictionId());
        p.put("jcode", r.jurisdictionCode());
        p.put("jpath", r.jurisdictionPath());
        p.put("lon", r.longitude());
        p.put("lat", r.latitude());
        p.put("occurred", ts(r.occurredAt()));
        p.put("reported", ts(r.reportedAt()));
        p.put("organisation", r.organisation());
        p.put("deaths", r.figures().deaths());
        p.put("injuries", r.figures().seriousInjuries());
        p.put("missing", r.figures().missing());
        p.put("affected", r.figures().affected());
        p.put("loss", r.figures().economicLoss());
        p.put("warnings", r.warningRefs().toArray(new String[0]));
        p.put("risks", r.riskRefs().toArray(new String[0]));
        return p;
    }

    Optional<Incident> find(String scope, long id) {
        return jdbc.sql("select " + COLUMNS + " from incident i where i.id = :id and i.jurisdiction_path like :scope || '%'")
                .param("id", id).param("scope", scope).query(IncidentRepository::map).optional();
    }

    /** Lock the incident row for a change; empty when it is not in scope. */
    Optional<Incident> lock(String scope, long id) {
        Optional<Long> locked = jdbc.sql("""
                select id from incident where id = :id and jurisdiction_path like :scope || '%' for update
                """).param("id", id).param("scope", scope).query(Long.class).optional();
        return locked.flatMap(x -> find(scope, id));
    }

    private static final String WHERE = """
             from incident i
            where i.jurisdiction_path like :scope || '%'
              and (cast(:type as text) is null or i.incident_type = :type)
              and (cast(:grade as text) is null or coalesce(i.grade_override, i.computed_grade) = :grade)
              and (cast(:status as text) is null or i.status = :status)
              and (cast(:overdue as boolean) is null or :overdue = exists (select 1 from incident_report_step s
                   where s.incident_id = i.id and s.confirmed_at is null and s.superseded_at is null
                     and s.due_at < now()))
              and (cast(:from as timestamptz) is null or i.occurred_at >= :from)
              and (cast(:to as timestamptz) is null or i.occurred_at < :to)
            """;

    private static JdbcClient.StatementSpec filter(JdbcClient.StatementSpec spec, String scope, IncidentFilter f,
            Instant from, Instant to) {
        return spec.param("scope", scope).param("type", f.type() == null ? null : f.type().name())
                .param("grade", f.grade() == null ? null : f.grade().name())
                .param("status", f.status() == null ? null : f.status().name()).param("overdue", f.overdue())
                .param("from", ts(from)).param("to", ts(to));
    }

    /** The incidents in scope (the scope already narrowed to the filter's jurisdiction), newest report first. */
    Page<Incident> search(String scope, IncidentFilter f, PageQuery page) {
        long total = filter(jdbc.sql("select count(*)" + WHERE), scope, f, null, null).query(Long.class).single();
        List<Incident> items = filter(jdbc.sql("select " + COLUMNS + WHERE
                + " order by i.reported_at desc, i.id desc limit :limit offset :offset"), scope, f, null, null)
                .param("limit", page.size()).param("offset", page.offset()).query(IncidentRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Every incident in scope that matches, oldest first, for exports (at most {@code limit}). */
    List<Incident> all(String scope, IncidentFilter f, Instant from, Instant to, int limit) {
        return filter(jdbc.sql("select " + COLUMNS + WHERE + " order by i.occurred_at, i.id limit :limit"), scope, f,
                from, to).param("limit", limit).query(IncidentRepository::map).list();
    }

    /** Counts in scope by a column expression (a fixed one of ours, never user text). */
    Map<String, Long> countBy(String expression, String scope, IncidentFilter f, Instant from, Instant to) {
        Map<String, Long> out = new LinkedHashMap<>();
        filter(jdbc.sql("select " + expression + " as k, count(*) as n" + WHERE + " group by 1 order by 1"), scope, f,
                from, to).query((rs, n) -> out.put(rs.getString("k"), rs.getLong("n"))).list();
        return out;
    }

    /** Counts in scope per child of the jurisdiction at {@code parentPath} (the child's path prefix). */
    Map<String, Long> countByChild(String scope, String parentPath, IncidentFilter f, Instant from, Instant to) {
        Map<String, Long> out = new LinkedHashMap<>();
        String expression = "substring(i.jurisdiction_path from '^' || :parentPath || '[0-9]+/')";
        filter(jdbc.sql("select " + expression + " as k, count(*) as n" + WHERE
                + " and i.jurisdiction_path like :parentPath || '%' group by 1"), scope, f, from, to)
                .param("parentPath", parentPath)
                .query((rs, n) -> rs.getString("k") == null ? null : out.put(rs.getString("k"), rs.getLong("n"))).list();
        return out;
    }

    void setGrade(long id, IncidentGrade computed, String explanation) {
        jdbc.sql("update incident set computed_grade = :g, grade_explanation = :e, updated_at = now() where id = :id")
                .param("g", computed.name()).param("e", explanation).param("id", id).update();
    }

    /** The open incidents of a type that have no manual override, locked for a regrade. */
    List<Long> lockOpenWithoutOverride(IncidentType type) {
        return jdbc.sql("""
                select id from incident
                where incident_type = :t and status <> 'CLOSED' and grade_override is null
                order by id
                for update
                """).param("t", type.name()).query(Long.class).list();
    }

    void setOverride(long id, IncidentGrade grade, String reason) {
        jdbc.sql("update incident set grade_override = :g, override_reason = :r, updated_at = now() where id = :id")
                .param("g", grade == null ? null : grade.name()).param("r", reason).param("id", id).update();
    }

    void setStatus(long id, IncidentStatus status, Instant closedAt) {
        jdbc.sql("""
                update incident set status = :s, closed_at = :closed, updated_at = now(),
                    next_follow_up_at = case when :s = 'CLOSED' then null else next_follow_up_at end,
                    supplementary_due_at = case when :s = 'CLOSED' then null else supplementary_due_at end
                where id = :id
                """).param("s", status.name()).param("closed", ts(closedAt)).param("id", id).update();
    }

    void setFinalReport(long id, String cause, String lessons, String rectification) {
        jdbc.sql("""
                update incident set final_cause = :c, final_lessons = :l, final_rectification = :r, updated_at = now()
                where id = :id
                """).param("c", cause).param("l", lessons).param("r", rectification).param("id", id).update();
    }

    void setSupplementaryDue(long id, Instant due) {
        jdbc.sql("update incident set supplementary_due_at = :d where id = :id").param("d", ts(due)).param("id", id)
                .update();
    }

    void setNextFollowUp(long id, Instant next) {
        jdbc.sql("update incident set next_follow_up_at = :d where id = :id").param("d", ts(next)).param("id", id)
                .update();
    }

    // --- grade changes ---

    /** A change of grade with the figures that caused it. */
    record GradeChange(Instant at, IncidentGrade from, IncidentGrade to, String figures, String reason, String author) {
    }

    void gradeChange(long incidentId, Instant at, IncidentGrade from, IncidentGrade to, String figuresJson,
            String reason, String author) {
        jdbc.sql("""
                insert into incident_grade_change (incident_id, changed_at, from_grade, to_grade, figures, reason, author)
                values (:id, :at, :from, :to, cast(:figures as jsonb), :reason, :author)
                """).param("id", incidentId).param("at", ts(at)).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("figures", figuresJson).param("reason", reason).param("author", author)
                .update();
    }

    List<GradeChange> gradeChanges(long incidentId) {
        return jdbc.sql("""
                select changed_at, from_grade, to_grade, figures::text, reason, author from incident_grade_change
                where incident_id = :id order by id
                """).param("id", incidentId).query((rs, n) -> new GradeChange(instant(rs.getTimestamp("changed_at")),
                IncidentGrade.parse(rs.getString("from_grade")), IncidentGrade.valueOf(rs.getString("to_grade")),
                rs.getString("figures"), rs.getString("reason"), rs.getString("author"))).list();
    }

    // --- reporting chain ---

    void insertStep(long incidentId, ReportingChain.Step s) {
        jdbc.sql("""
                insert into incident_report_step (incident_id, level, jurisdiction_id, jurisdiction_code,
                    jurisdiction_path, due_at)
                values (:id, :level, :jid, :jcode, :jpath, :due)
                on conflict (incident_id, level) where superseded_at is null do nothing
                """).param("id", incidentId).param("level", s.level()).param("jid", s.jurisdictionId())
                .param("jcode", s.jurisdictionCode()).param("jpath", s.jurisdictionPath()).param("due", ts(s.dueAt()))
                .update();
    }

    private static ReportStep step(ResultSet rs, int n) throws SQLException {
        return new ReportStep(rs.getLong("id"), rs.getLong("incident_id"), rs.getInt("level"),
                (Long) rs.getObject("jurisdiction_id"), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_path"), instant(rs.getTimestamp("due_at")),
                instant(rs.getTimestamp("confirmed_at")), rs.getString("confirmed_by"),
                instant(rs.getTimestamp("overdue_at")), instant(rs.getTimestamp("superseded_at")));
    }

    private static final String STEP_COLUMNS = """
            id, incident_id, level, jurisdiction_id, jurisdiction_code, jurisdiction_path, due_at, confirmed_at,
                   confirmed_by, overdue_at, superseded_at
            """;

    /** The steps in force of an incident, from the first level upward. */
    List<ReportStep> steps(long incidentId) {
        return jdbc.sql("select " + STEP_COLUMNS + """
                 from incident_report_step where incident_id = :id and superseded_at is null order by level desc
                """).param("id", incidentId).query(IncidentRepository::step).list();
    }

    /** The steps of the places the incident was moved away from, oldest move first, each from its first level up. */
    List<ReportStep> supersededSteps(long incidentId) {
        return jdbc.sql("select " + STEP_COLUMNS + """
                 from incident_report_step where incident_id = :id and superseded_at is not null
                order by superseded_at, level desc, id
                """).param("id", incidentId).query(IncidentRepository::step).list();
    }

    void setDue(long stepId, Instant due) {
        jdbc.sql("update incident_report_step set due_at = :due where id = :id").param("due", ts(due))
                .param("id", stepId).update();
    }

    /** Keep steps as history of an earlier place: out of the chain in force, no longer confirmed or timed. */
    void supersede(List<Long> stepIds, Instant at) {
        if (stepIds.isEmpty()) {
            return;
        }
        jdbc.sql("update incident_report_step set superseded_at = :at where id in (:ids) and superseded_at is null")
                .param("at", ts(at)).param("ids", stepIds).update();
    }

    boolean confirm(long stepId, String by, Instant at) {
        return jdbc.sql("""
                update incident_report_step set confirmed_at = :at, confirmed_by = :by
                where id = :id and confirmed_at is null and superseded_at is null
                """).param("id", stepId).param("by", by).param("at", ts(at)).update() == 1;
    }

    /** Unconfirmed steps past their deadline that have not yet been reported overdue, locked for this pass. */
    List<ReportStep> lockOverdueSteps(Instant now, int limit) {
        return jdbc.sql("select " + STEP_COLUMNS + """
                 from incident_report_step
                where confirmed_at is null and overdue_at is null and superseded_at is null and due_at <= :now
                order by due_at, id
                limit :limit
                for update skip locked
                """).param("now", ts(now)).param("limit", limit).query(IncidentRepository::step).list();
    }

    void markOverdue(long stepId, Instant at) {
        jdbc.sql("update incident_report_step set overdue_at = :at where id = :id").param("at", ts(at))
                .param("id", stepId).update();
    }

    /** Open incidents whose follow-up report is due, locked for this pass. */
    List<Long> lockDueFollowUps(Instant now, int limit) {
        return jdbc.sql("""
                select id from incident
                where status <> 'CLOSED' and next_follow_up_at <= :now
                order by next_follow_up_at, id
                limit :limit
                for update skip locked
                """).param("now", ts(now)).param("limit", limit).query(Long.class).list();
    }

    /** Incidents whose supplementary report is overdue and not yet reminded, locked for this pass. */
    List<Long> lockDueSupplementary(Instant now, int limit) {
        return jdbc.sql("""
                select id from incident
                where status <> 'CLOSED' and supplementary_due_at <= :now
                order by supplementary_due_at, id
                limit :limit
                for update skip locked
                """).param("now", ts(now)).param("limit", limit).query(Long.class).list();
    }

    // --- timeline ---

    void event(long incidentId, Instant at, String author, TimelineEntry.Kind kind, String actionType, String text,
            String detailsJson) {
        jdbc.sql("""
                insert into incident_event (incident_id, at, author, kind, action_type, text, details)
                values (:id, :at, :author, :kind, :actionType, :text, cast(:details as jsonb))
                """).param("id", incidentId).param("at", ts(at)).param("author", author).param("kind", kind.name())
                .param("actionType", actionType).param("text", text).param("details", detailsJson).update();
    }

    List<TimelineEntry> timeline(long incidentId) {
        return jdbc.sql("""
                select id, at, author, kind, action_type, text, details::text as details from incident_event
                where incident_id = :id order by at, id
                """).param("id", incidentId).query((rs, n) -> new TimelineEntry(rs.getLong("id"),
                instant(rs.getTimestamp("at")), rs.getString("author"), TimelineEntry.Kind.valueOf(rs.getString("kind")),
                rs.getString("action_type"), rs.getString("text"), rs.getString("details"))).list();
    }

    // --- attachments ---

    long insertAttachment(long incidentId, String fileName, String contentType, byte[] content, String sha256,
            String by, Instant at) {
        return jdbc.sql("""
                insert into incident_attachment (incident_id, file_name, content_type, size_bytes, sha256, content,
                    uploaded_by, uploaded_at)
                values (:id, :name, :type, :size, :sha, :content, :by, :at)
                returning id
                """).param("id", incidentId).param("name", fileName).param("type", contentType)
                .param("size", (long) content.length).param("sha", sha256).param("content", content).param("by", by)
                .param("at", ts(at)).query(Long.class).single();
    }

    List<Attachment> attachments(long incidentId) {
        return jdbc.sql("""
                select id, incident_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                from incident_attachment where incident_id = :id order by id
                """).param("id", incidentId).query((rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("incident_id"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), instant(rs.getTimestamp("uploaded_at")))).list();
    }

    Optional<byte[]> attachmentContent(long incidentId, long attachmentId) {
        return jdbc.sql("select content from incident_attachment where id = :a and incident_id = :id")
                .param("a", attachmentId).param("id", incidentId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Points of the incidents in scope that have one (for the map). */
    List<Incident> withPoints(String scope, IncidentFilter f, int limit) {
        return filter(jdbc.sql("select " + COLUMNS + WHERE + " and i.longitude is not null order by i.reported_at desc limit :limit"),
                scope, f, null, null).param("limit", limit).query(IncidentRepository::map).list();
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }

    static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
