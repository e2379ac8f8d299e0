package org.rampart.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for supervision tasks, their units and milestones. Every read users see takes the reader's scope path and unit
 * and filters by them in SQL: a task is visible when its assigning jurisdiction lies in the scope or the reader's unit
 * is one of its units.
 * <p>Read model: the codes and names of the task's units and jurisdictions come from {@code unit} and
 * {@code jurisdiction} (the jurisdiction module's tables), joined for lists so that a page of tasks is two queries.
 */
@Repository
class TaskRepository {

    private static final String COLUMNS = """
            t.id, t.version, t.title_en, t.title_zh, t.description, t.source_type, t.source_id, t.source_ref,
                   t.jurisdiction_id, j.code as jurisdiction_code, t.jurisdiction_path, t.assigning_unit_id,
                   t.lead_unit_id, t.lead_jurisdiction_path, t.parent_id, t.priority, t.evidence_required, t.status,
                   t.assigned_at, t.accept_by, t.deadline, t.original_deadline, t.accepted_at, t.submitted_at,
                   t.done_at, t.closed_at, t.progress_percent, t.created_by, t.updated_at,
                   (select count(*) from supervision_task c where c.parent_id = t.id) as sub_tasks,
                   (select count(*) from supervision_task c where c.parent_id = t.id and c.closed_at is null)
                       as open_sub_tasks
              from supervision_task t join jurisdiction j on j.id = t.jurisdiction_id
            """;

    /** The visibility predicate: assigning jurisdiction in scope, or the reader's unit is one of the task's units. */
    static final String VISIBLE = """
            (t.jurisdiction_path like :scope || '%' or exists (select 1 from supervision_task_unit v
                 where v.task_id = t.id and v.unit_id = cast(:unit as bigint)))
            """;

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns an assignment writes. */
    record NewTask(String titleEn, String titleZh, String description, TaskSource source, Long sourceId,
            String sourceRef, long jurisdictionId, String jurisdictionPath, Long assigningUnitId, long leadUnitId,
            String leadJurisdictionPath, Long parentId, TaskPriority priority, String evidenceRequired,
            Instant assignedAt, Instant acceptBy, LocalDate deadline, String createdBy) {
    }

    /** A task row before its units and milestones are attached. */
    private record Row(Task task, Long assigningUnitId, long leadUnitId) {
    }

    // --- writing ---

    long insert(NewTask n) {
        return jdbc.sql("""
                insert into supervision_task (title_en, title_zh, description, source_type, source_id, source_ref,
                    jurisdiction_id, jurisdiction_path, assigning_unit_id, lead_unit_id, lead_jurisdiction_path,
                    parent_id, priority, evidence_required, status, assigned_at, accept_by, deadline,
                    original_deadline, created_by, updated_at)
                values (:titleEn, :titleZh, :description, :source, :sourceId, :sourceRef, :jid, :jpath, :assigningUnit,
                    :leadUnit, :leadPath, :parent, :priority, :evidence, 'ASSIGNED', :at, :acceptBy, :deadline,
                    :deadline, :by, :at)
                returning id
                """).param("titleEn", n.titleEn()).param("titleZh", n.titleZh()).param("description", n.description())
                .param("source", n.source().name()).param("sourceId", n.sourceId()).param("sourceRef", n.sourceRef())
                .param("jid", n.jurisdictionId()).param("jpath", n.jurisdictionPath())
                .param("assigningUnit", n.assigningUnitId()).param("leadUnit", n.leadUnitId())
                .param("leadPath", n.leadJurisdictionPath()).param("parent", n.parentId())
                .param("priority", n.priority().name()).param("evidence", n.evidenceRequired())
                .param("at", ts(n.assignedAt())).param("acceptBy", ts(n.acceptBy())).param("deadline", n.deadline())
                .param("by", n.createdBy()).query(Long.class).single();
    }

    void insertUnit(long taskId, long unitId, String role) {
        jdbc.sql("insert into supervision_task_unit (task_id, unit_id, role) values (:t, :u, :r)")
                .param("t", taskId).param("u", unitId).param("r", role).update();
    }

    void insertMilestone(long taskId, String title, LocalDate due) {
        jdbc.sql("insert into supervision_task_milestone (task_id, title, due_date) values (:t, :title, :due)")
                .param("t", taskId).param("title", title).param("due", due).update();
    }

    /** Append an entry to the task's history; return its id. */
    long event(long taskId, Instant at, TaskEventKind kind, Long actorId, String actor, Long unitId,
            TaskStatus from, TaskStatus to, String text, String detailJson) {
        return jdbc.sql("""
                insert into supervision_task_event (task_id, at, kind, actor_id, actor, unit_id, from_status,
                    to_status, text, detail)
                values (:t, :at, :kind, :actorId, :actor, :unit, :from, :to, :text, cast(:detail as jsonb))
                returning id
                """).param("t", taskId).param("at", ts(at)).param("kind", kind.name()).param("actorId", actorId)
                .param("actor", actor).param("unit", unitId).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("text", text).param("detail", detailJson)
                .query(Long.class).single();
    }

    /**
     * Bump the version of a task the caller has locked, when it is still {@code expected}; false when someone else
     * changed it since (a stale version).
     */
    boolean bump(long id, int expected, Instant at) {
        return jdbc.sql("update supervision_task set version = version + 1, updated_at = :at where id = :id and version = :v")
                .param("id", id).param("v", expected).param("at", ts(at)).update() == 1;
    }

    /** Change the words of a task (titles, description, priority, evidence required). */
    void edit(long id, String titleEn, String titleZh, String description, TaskPriority priority, String evidence) {
        jdbc.sql("""
                update supervision_task set title_en = :en, title_zh = :zh, description = :d, priority = :p,
                    evidence_required = :e
                 where id = :id""").param("id", id).param("en", titleEn).param("zh", titleZh).param("d", description)
                .param("p", priority.name()).param("e", evidence).update();
    }

    /** Set the status, stamping when it was first accepted, last submitted, done and closed. */
    void status(long id, TaskStatus status, Instant at) {
        jdbc.sql("""
                update supervision_task set status = :s,
                    accepted_at = case when :s = 'ACCEPTED' and accepted_at is null then :at else accepted_at end,
                    submitted_at = case when :s = 'SUBMITTED' then :at else submitted_at end,
                    done_at = case when :s = 'DONE' then :at else done_at end,
                    closed_at = case when :s in ('DONE', 'CANCELLED') then :at else closed_at end
                where id = :id
                """).param("id", id).param("s", status.name()).param("at", ts(at)).update();
    }

    void progress(long id, int percent) {
        jdbc.sql("update supervision_task set progress_percent = :p where id = :id").param("id", id).param("p", percent)
                .update();
    }

    void deadline(long id, LocalDate deadline) {
        jdbc.sql("update supervision_task set deadline = :d where id = :id").param("id", id).param("d", deadline)
                .update();
    }

    /** Make another unit the lead (an assisting unit that becomes the lead stops assisting); the clock to accept restarts. */
    void lead(long id, long unitId, String jurisdictionPath, Instant acceptBy) {
        jdbc.sql("delete from supervision_task_unit where task_id = :id and (role = 'LEAD' or unit_id = :u)")
                .param("id", id).param("u", unitId).update();
        insertUnit(id, unitId, "LEAD");
        jdbc.sql("""
                update supervision_task set lead_unit_id = :u, lead_jurisdiction_path = :p, accept_by = :by
                where id = :id
                """).param("id", id).param("u", unitId).param("p", jurisdictionPath).param("by", ts(acceptBy))
                .update();
    }

    /** The ids of the task's sub-tasks at every depth, the reader sees, nearest first. */
    List<Task> descendants(String scope, Long unit, long id) {
        List<Long> ids = jdbc.sql("""
                with recursive below(id, depth) as (
                    select c.id, 1 from supervision_task c where c.parent_id = :id
                    union all
                    select c.id, b.depth + 1 from supervision_task c join below b on c.parent_id = b.id
                    where b.depth < 10
                )
                select b.id from below b join supervision_task t on t.id = b.id where
                """ + VISIBLE + " order by b.depth, b.id").param("id", id).param("scope", scope).param("unit", unit)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return withMembers(jdbc.sql("select " + COLUMNS + " where t.id in (:ids) order by t.id").param("ids", ids)
                .query(TaskRepository::row).list());
    }

    // --- reading ---

    Optional<Task> find(String scope, Long unit, long id) {
        return withMembers(jdbc.sql("select " + COLUMNS + " where t.id = :id and " + VISIBLE)
                .param("id", id).param("scope", scope).param("unit", unit).query(TaskRepository::row).list())
                .stream().findFirst();
    }

    /** Lock the task row for a change; empty when the reader does not see it. */
    Optional<Task> lock(String scope, Long unit, long id) {
        Optional<Long> locked = jdbc.sql("select t.id from supervision_task t where t.id = :id and " + VISIBLE
                + " for update of t").param("id", id).param("scope", scope).param("unit", unit).query(Long.class)
                .optional();
        return locked.flatMap(x -> find(scope, unit, id));
    }

    List<Task> bySource(String scope, Long unit, TaskSource source, long sourceId) {
        return withMembers(jdbc.sql("select " + COLUMNS + " where t.source_type = :source and t.source_id = :sid and "
                + VISIBLE + " order by t.id").param("source", source.name()).param("sid", sourceId)
                .param("scope", scope).param("unit", unit).query(TaskRepository::row).list());
    }

    private static final String WHERE = """
             and (cast(:jpath as text) is null or t.lead_jurisdiction_path like :jpath || '%')
             and (cast(:unitFilter as bigint) is null or exists (select 1 from supervision_task_unit f
                  where f.task_id = t.id and f.unit_id = :unitFilter))
             and (cardinality(cast(:statuses as text[])) = 0 or t.status = any (cast(:statuses as text[])))
             and (cast(:source as text) is null or t.source_type = :source)
             and (cast(:priority as text) is null or t.priority = :priority)
             and (cast(:overdue as boolean) is null
                  or :overdue = (t.closed_at is null and t.deadline < cast(:today as date)))
             and (cast(:dueBy as date) is null or (t.closed_at is null and t.deadline <= :dueBy))
             and (cast(:q as text) is null or strpos(lower(coalesce(t.title_en, '') || ' ' || coalesce(t.title_zh, '')
                  || ' ' || coalesce(t.source_ref, '')), lower(:q)) > 0)
             and (cast(:parent as bigint) is null or t.parent_id = :parent)
            """;

    /** The resolved filter: the lead jurisdiction's path and the unit's id instead of their codes. */
    record Query(String leadPath, Long unitId, TaskFilter filter, LocalDate today) {
    }

    private static JdbcClient.StatementSpec filter(JdbcClient.StatementSpec spec, String scope, Long unit, Query q) {
        TaskFilter f = q.filter();
        return spec.param("scope", scope).param("unit", unit).param("jpath", q.leadPath())
                .param("unitFilter", q.unitId())
                .param("statuses", f.statuses().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("source", f.source() == null ? null : f.source().name())
                .param("priority", f.priority() == null ? null : f.priority().name())
                .param("overdue", f.overdue()).param("today", q.today()).param("dueBy", f.dueBy())
                .param("q", f.q() == null || f.q().isBlank() ? null : f.q().trim()).param("parent", f.parentId());
    }

    /** The visible tasks that match, the nearest deadline first (closed ones last). */
    Page<Task> search(String scope, Long unit, Query q, PageQuery page) {
        long total = filter(jdbc.sql("select count(*) from supervision_task t where " + VISIBLE + WHERE), scope, unit,
                q).query(Long.class).single();
        List<Row> rows = filter(jdbc.sql("select " + COLUMNS + " where " + VISIBLE + WHERE
                + " order by (t.closed_at is not null), t.deadline, t.id limit :limit offset :offset"), scope, unit, q)
                .param("limit", page.size()).param("offset", page.offset()).query(TaskRepository::row).list();
        return new Page<>(withMembers(rows), page.page(), page.size(), total);
    }

    /** A history entry as stored: the detail as JSON text. */
    record EventRow(long id, long taskId, Instant at, String kind, String actor, String unitCode, String from,
            String to, String text, String detail) {
    }

    /** The task's history, oldest first. */
    List<EventRow> history(long taskId) {
        return jdbc.sql("""
                select e.id, e.task_id, e.at, e.kind, e.actor, u.code as unit_code, e.from_status, e.to_status, e.text,
                       e.detail::text as detail
                  from supervision_task_event e left join unit u on u.id = e.unit_id
                 where e.task_id = :t order by e.at, e.id
                """).param("t", taskId).query((rs, n) -> new EventRow(rs.getLong("id"), rs.getLong("task_id"),
                        instant(rs.getTimestamp("at")), rs.getString("kind"), rs.getString("actor"),
                        rs.getString("unit_code"), rs.getString("from_status"), rs.getString("to_status"),
                        rs.getString("text"), rs.getString("detail"))).list();
    }

    /** Fill in the units and milestones of the rows, in two queries. */
    private List<Task> withMembers(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.task().id()).toList();
        Map<Long, TaskUnit> lead = new HashMap<>();
        Map<Long, List<TaskUnit>> assisting = new HashMap<>();
        jdbc.sql("""
                select tu.task_id, tu.role, u.id, u.code, uj.code as jurisdiction_code, u.name_en, u.name_zh
                  from supervision_task_unit tu join unit u on u.id = tu.unit_id
                  join jurisdiction uj on uj.id = u.jurisdiction_id
                 where tu.task_id in (:ids) order by tu.task_id, u.code
                """).param("ids", ids).query((rs, n) -> {
                    TaskUnit unit = unit(rs);
                    long task = rs.getLong("task_id");
                    if ("LEAD".equals(rs.getString("role"))) {
                        lead.put(task, unit);
                    } else {
                        assisting.computeIfAbsent(task, k -> new ArrayList<>()).add(unit);
                    }
                    return null;
                }).list();
        Map<Long, TaskUnit> assigning = units(rows.stream().map(Row::assigningUnitId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        jdbc.sql("select id, task_id, title, due_date, done_at from supervision_task_milestone where task_id in (:ids)"
                + " order by task_id, due_date, id").param("ids", ids).query((rs, n) -> milestones
                        .computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                        .add(new Milestone(rs.getLong("id"), rs.getString("title"),
                                rs.getObject("due_date", LocalDate.class), instant(rs.getTimestamp("done_at")))))
                .list();
        List<Task> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Task t = r.task();
            out.add(new Task(t.id(), t.version(), t.titleEn(), t.titleZh(), t.description(), t.source(), t.sourceId(),
                    t.sourceRef(), t.jurisdictionId(), t.jurisdictionCode(), t.jurisdictionPath(),
                    r.assigningUnitId() == null ? null : assigning.get(r.assigningUnitId()), lead.get(t.id()),
                    assisting.getOrDefault(t.id(), List.of()), t.leadJurisdictionPath(), t.parentId(), t.priority(),
                    t.evidenceRequired(), t.status(), t.assignedAt(), t.acceptBy(), t.deadline(),
                    t.originalDeadline(), t.acceptedAt(), t.submittedAt(), t.doneAt(), t.closedAt(),
                    t.progressPercent(), t.createdBy(), t.updatedAt(), milestones.getOrDefault(t.id(), List.of()),
                    t.subTasks(), t.openSubTasks()));
        }
        return out;
    }

    /** Units by id with their codes and names. */
    Map<Long, TaskUnit> units(Collection<Long> ids) {
        Map<Long, TaskUnit> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select u.id, u.code, uj.code as jurisdiction_code, u.name_en, u.name_zh
                  from unit u join jurisdiction uj on uj.id = u.jurisdiction_id where u.id in (:ids)
                """).param("ids", ids).query((rs, n) -> out.put(rs.getLong("id"), unit(rs))).list();
        return out;
    }

    private static TaskUnit unit(ResultSet rs) throws SQLException {
        return new TaskUnit(rs.getLong("id"), rs.getString("code"), rs.getString("jurisdiction_code"),
                rs.getString("name_en"), rs.getString("name_zh"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Task t = new Task(rs.getLong("id"), rs.getInt("version"), rs.getString("title_en"), rs.getString("title_zh"),
                rs.getString("description"), TaskSource.valueOf(rs.getString("source_type")),
                (Long) rs.getObject("source_id", Long.class), rs.getString("source_ref"), rs.getLong("jurisdiction_id"),
                rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"), null, null, List.of(),
                rs.getString("lead_jurisdiction_path"), rs.getObject("parent_id", Long.class),
                TaskPriority.valueOf(rs.getString("priority")), rs.getString("evidence_required"),
                TaskStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("assigned_at")),
                instant(rs.getTimestamp("accept_by")), rs.getObject("deadline", LocalDate.class),
                rs.getObject("original_deadline", LocalDate.class), instant(rs.getTimestamp("accepted_at")),
                instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("done_at")),
                instant(rs.getTimestamp("closed_at")), rs.getInt("progress_percent"), rs.getString("created_by"),
                instant(rs.getTimestamp("updated_at")), List.of(), rs.getInt("sub_tasks"), rs.getInt("open_sub_tasks"));
        return new Row(t, rs.getObject("assigning_unit_id", Long.class), rs.getLong("lead_unit_id"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
