package org.rampart.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scorecard's SQL over the module's tasks ({@code supervision_task}), their history
 * ({@code supervision_task_event}) and the directive receipts ({@code supervision_directive_receipt}). Every query
 * takes the actor's visibility ({@link TaskCriteria}) and filters in SQL; names come from {@link BoardRepository}.
 */
@Repository
class ScorecardRepository {

    private static final String DONE_DAY = "(t.done_at at time zone :zone)::date";
    private static final String PERIOD = "t.status <> 'CANCELLED' and t.original_deadline between :from and :to";

    private final JdbcClient jdbc;

    ScorecardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of one group: {@code grouping} is "unit" (key: the lead unit's id), "child" (key: the id of the child
     * of the root, "" for the root itself, "-" outside it) or "all"; with the history's extension decisions,
     * submissions and sendings back of the same tasks.
     */
    record Figures(String grouping, String key, int tasks, int onTime, int late, int pending, Double averageDelay,
            long approvedDays, long unapprovedDays, int extensionsApproved, int extensionsRefused, int submissions,
            int sentBack) {
    }

    /** The objections to the same tasks, by the unit that objected (the lead unit when the entry names none). */
    record Objections(String grouping, String key, int objections) {
    }

    /** The directive receipts of one group (as {@link Figures}) due in the period, and those confirmed by then. */
    record Receipts(String grouping, String key, int due, int confirmedOnTime) {
    }

    List<Figures> figures(TaskCriteria c, LocalDate from, LocalDate to) {
        // the history is counted per task first (one pass over an index of kind and task), then joined to the tasks
        String sql = """
                with ev as (
                  select e.task_id,
                    count(*) filter (where e.kind = 'EXTENSION_APPROVED') as ext_ok,
                    count(*) filter (where e.kind = 'EXTENSION_REFUSED') as ext_refused,
                    count(*) filter (where e.kind = 'SUBMITTED') as submissions,
                    count(*) filter (where e.kind = 'SENT_BACK') as sent_back
                  from supervision_task_event e
                  where e.kind in ('EXTENSION_APPROVED', 'EXTENSION_REFUSED', 'SUBMITTED', 'SENT_BACK')
                  group by e.task_id
                ), v as (
                  select t.lead_unit_id, %s as child, t.status, t.deadline, t.original_deadline,
                         case when t.status = 'DONE' then %s end as done_day,
                         coalesce(ev.ext_ok, 0) as ext_ok, coalesce(ev.ext_refused, 0) as ext_refused,
                         coalesce(ev.submissions, 0) as submissions, coalesce(ev.sent_back, 0) as sent_back
                  from supervision_task t left join ev on ev.task_id = t.id where %s and %s
                )
                select grouping(lead_unit_id) as gu, grouping(child) as gc, lead_unit_id, child,
                  count(*)::int as tasks,
                  count(*) filter (where done_day is not null and done_day <= deadline)::int as on_time,
                  count(*) filter (where (done_day is not null and done_day > deadline)
                                      or (done_day is null and cast(:today as date) > deadline))::int as late,
                  count(*) filter (where done_day is null and cast(:today as date) <= deadline)::int as pending,
                  avg(greatest(coalesce(done_day, cast(:today as date)) - original_deadline, 0))
                      filter (where done_day is not null or cast(:today as date) > original_deadline) as avg_delay,
                  coalesce(sum(deadline - original_deadline), 0) as approved_days,
                  coalesce(sum(greatest(coalesce(done_day, cast(:today as date)) - deadline, 0)), 0) as unapproved_days,
                  sum(ext_ok)::int as ext_ok, sum(ext_refused)::int as ext_refused,
                  sum(submissions)::int as submissions, sum(sent_back)::int as sent_back
                from v group by grouping sets ((lead_unit_id), (child), ())
                """.formatted(TaskCriteria.CHILD, DONE_DAY, PERIOD, c.where());
        return c.bind(jdbc.sql(sql)).param("from", from).param("to", to).query((rs, i) -> {
            String grouping = grouping(rs.getInt("gu"), rs.getInt("gc"));
            java.math.BigDecimal avg = rs.getBigDecimal("avg_delay");
            return new Figures(grouping, key(grouping, rs.getString("lead_unit_id"), rs.getString("child")),
                    rs.getInt("tasks"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("pending"),
                    avg == null ? null : avg.doubleValue(), rs.getLong("approved_days"), rs.getLong("unapproved_days"),
                    rs.getInt("ext_ok"), rs.getInt("ext_refused"), rs.getInt("submissions"), rs.getInt("sent_back"));
        }).list();
    }

    List<Objections> objections(TaskCriteria c, LocalDate from, LocalDate to) {
        String sql = """
                with v as (
                  select coalesce(e.unit_id, t.lead_unit_id) as unit_id, %s as child
                  from supervision_task t join supervision_task_event e on e.task_id = t.id and e.kind = 'OBJECTED'
                  where %s and %s
                )
                select grouping(unit_id) as gu, grouping(child) as gc, unit_id, child, count(*)::int as n
                from v group by grouping sets ((unit_id), (child), ())
                """.formatted(TaskCriteria.CHILD, PERIOD, c.where());
        return c.bind(jdbc.sql(sql)).param("from", from).param("to", to).query((rs, i) -> {
            String grouping = grouping(rs.getInt("gu"), rs.getInt("gc"));
            return new Objections(grouping, key(grouping, rs.getString("unit_id"), rs.getString("child")), rs.getInt("n"));
        }).list();
    }

    /**
     * The receipts whose confirm-by deadline falls on a day of the period (site zone), by receiving unit and by child
     * of the root: visible when the receiving unit's jurisdiction lies in the actor's scope or it is the actor's unit,
     * narrowed by the filter's jurisdiction and unit (directives have no priority or source).
     */
    List<Receipts> receipts(TaskCriteria c, LocalDate from, LocalDate to) {
        String sql = """
                with v as (
                  select r.unit_id, %s as child, r.confirmed_at is not null and r.confirmed_at <= r.confirm_by as on_time
                  from supervision_directive_receipt r
                  where r.confirm_by >= cast(:from as date)::timestamp at time zone :zone
                    and r.confirm_by < (cast(:to as date) + 1)::timestamp at time zone :zone
                    and (r.jurisdiction_path like :scope or r.unit_id = :myUnit)%s%s
                )
                select grouping(unit_id) as gu, grouping(child) as gc, unit_id, child, count(*)::int as due,
                  count(*) filter (where on_time)::int as on_time
                from v group by grouping sets ((unit_id), (child), ())
                """.formatted(TaskCriteria.CHILD.replace("t.lead_jurisdiction_path", "r.jurisdiction_path"),
                c.place() == null ? "" : " and r.jurisdiction_path like :place",
                c.unitId() == null ? "" : " and r.unit_id = :unit");
        return c.bind(jdbc.sql(sql)).param("from", from).param("to", to).query((rs, i) -> {
            String grouping = grouping(rs.getInt("gu"), rs.getInt("gc"));
            return new Receipts(grouping, key(grouping, rs.getString("unit_id"), rs.getString("child")),
                    rs.getInt("due"), rs.getInt("on_time"));
        }).list();
    }

    private static String grouping(int unit, int child) {
        return unit == 0 ? "unit" : child == 0 ? "child" : "all";
    }

    private static String key(String grouping, String unit, String child) {
        return switch (grouping) {
            case "unit" -> unit;
            case "child" -> child == null ? "" : child;
            default -> "";
        };
    }
}
