package org.rampart.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scorecard's SQL over the module's tasks ({@code supervision_task}) and their history
 * ({@code supervision_task_event}). Every query takes the actor's visibility ({@link TaskCriteria}) and filters in SQL;
 * names come from {@link BoardRepository}.
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
     * of the root, "" for the root itself, "-" outside it) or "all".
     */
    record Figures(String grouping, String key, int tasks, int onTime, int late, int pending, Double averageDelay,
            long approvedDays, long unapprovedDays) {
    }

    record Events(String grouping, String key, int extensionsApproved, int extensionsRefused, int objections,
            int submissions, int sentBack) {
    }

    List<Figures> figures(TaskCriteria c, LocalDate from, LocalDate to) {
        String sql = """
                with v as (
                  select t.lead_unit_id, %s as child, t.status, t.deadline, t.original_deadline,
                         case when t.status = 'DONE' then %s end as done_day
                  from supervision_task t where %s and %s
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
                  coalesce(sum(greatest(coalesce(done_day, cast(:today as date)) - deadline, 0)), 0) as unapproved_days
                from v group by grouping sets ((lead_unit_id), (child), ())
                """.formatted(TaskCriteria.CHILD, DONE_DAY, PERIOD, c.where());
        return c.bind(jdbc.sql(sql)).param("from", from).param("to", to).query((rs, i) -> {
            String grouping = rs.getInt("gu") == 0 ? "unit" : rs.getInt("gc") == 0 ? "child" : "all";
            String key = switch (grouping) {
                case "unit" -> rs.getString("lead_unit_id");
                case "child" -> rs.getString("child") == null ? "" : rs.getString("child");
                default -> "";
            };
            java.math.BigDecimal avg = rs.getBigDecimal("avg_delay");
            return new Figures(grouping, key, rs.getInt("tasks"), rs.getInt("on_time"), rs.getInt("late"),
                    rs.getInt("pending"), avg == null ? null : avg.doubleValue(), rs.getLong("approved_days"),
                    rs.getLong("unapproved_days"));
        }).list();
    }

    /** The history of the same tasks: extension decisions, objections (for the objecting unit), submissions, sending back. */
    List<Events> events(TaskCriteria c, LocalDate from, LocalDate to) {
        String sql = """
                with v as (
                  select case when e.kind = 'OBJECTED' then coalesce(e.unit_id, t.lead_unit_id) else t.lead_unit_id end
                           as unit_id, %s as child, e.kind
                  from supervision_task t join supervision_task_event e on e.task_id = t.id
                  where e.kind in ('EXTENSION_APPROVED', 'EXTENSION_REFUSED', 'OBJECTED', 'SUBMITTED', 'SENT_BACK')
                    and %s and %s
                )
                select grouping(unit_id) as gu, grouping(child) as gc, unit_id, child,
                  count(*) filter (where kind = 'EXTENSION_APPROVED')::int as ext_ok,
                  count(*) filter (where kind = 'EXTENSION_REFUSED')::int as ext_refused,
                  count(*) filter (where kind = 'OBJECTED')::int as objections,
                  count(*) filter (where kind = 'SUBMITTED')::int as submissions,
                  count(*) filter (where kind = 'SENT_BACK')::int as sent_back
                from v group by grouping sets ((unit_id), (child), ())
                """.formatted(TaskCriteria.CHILD, PERIOD, c.where());
        return c.bind(jdbc.sql(sql)).param("from", from).param("to", to).query((rs, i) -> {
            String grouping = rs.getInt("gu") == 0 ? "unit" : rs.getInt("gc") == 0 ? "child" : "all";
            String key = switch (grouping) {
                case "unit" -> rs.getString("unit_id");
                case "child" -> rs.getString("child") == null ? "" : rs.getString("child");
                default -> "";
            };
            return new Events(grouping, key, rs.getInt("ext_ok"), rs.getInt("ext_refused"), rs.getInt("objections"),
                    rs.getInt("submissions"), rs.getInt("sent_back"));
        }).list();
    }
}
