package org.rampart.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board's, the calendar's and the feed's SQL over the module's task tables. Read model (STYLE.md rule 21): for the
 * names and codes next to the figures it also reads the jurisdiction module's {@code unit} and {@code jurisdiction}
 * tables, and never writes them. Every query takes the actor's visibility ({@link TaskCriteria}) and filters in SQL.
 */
@Repository
class BoardRepository {

    /** The columns of {@link BoardTask}, from {@code t} with its lead unit {@code u}, its jurisdiction {@code uj} and the assigning {@code aj}. */
    private static final String TASK = """
            t.id, t.title_en, t.title_zh, t.status, t.priority, t.source_type, t.source_ref, aj.code as assigning,
            u.code as unit_code, u.name_en as unit_en, u.name_zh as unit_zh, uj.code as unit_jurisdiction, t.deadline,
            t.original_deadline, """ + TaskCriteria.DAYS + " as days, " + TaskCriteria.BAND + """
             as band, t.parent_id,
            (select count(*) from supervision_task c where c.parent_id = t.id)::int as sub_tasks""";

    private static final String FROM = """
            from supervision_task t
            join unit u on u.id = t.lead_unit_id
            join jurisdiction uj on uj.id = u.jurisdiction_id
            join jurisdiction aj on aj.id = t.jurisdiction_id""";

    private final JdbcClient jdbc;

    BoardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One counted cell of the board: which grouping it belongs to (status, unit, child, span) and its count. */
    record Count(String grouping, String key, String band, int n) {
    }

    /** The open tasks counted by (status, band), (lead unit, band), (child of the root, band) and (span of days), in one scan. */
    List<Count> counts(TaskCriteria c) {
        String sql = """
                with v as (
                  select t.status, t.lead_unit_id, %s as child, %s as d
                  from supervision_task t where %s and %s
                ), x as (
                  select status, lead_unit_id, child,
                    case when d > :late then 'RED' when d >= -:soon then 'YELLOW' else 'GREEN' end as band,
                    case when d < -:soon then 'LEFT_MORE' when d <= 0 then 'LEFT_SOON' when d <= 3 then 'OVER_1_3'
                         when d <= 7 then 'OVER_4_7' when d <= 30 then 'OVER_8_30' else 'OVER_31' end as span
                  from v
                )
                select grouping(status) as gs, grouping(lead_unit_id) as gu, grouping(child) as gc,
                       status, lead_unit_id, child, band, span, count(*)::int as n
                from x group by grouping sets ((status, band), (lead_unit_id, band), (child, band), (span))
                """.formatted(TaskCriteria.CHILD, TaskCriteria.DAYS, TaskCriteria.OPEN, c.where());
        return c.bind(jdbc.sql(sql)).query((rs, i) -> {
            if (rs.getInt("gs") == 0) {
                return new Count("status", rs.getString("status"), rs.getString("band"), rs.getInt("n"));
            }
            if (rs.getInt("gu") == 0) {
                return new Count("unit", rs.getString("lead_unit_id"), rs.getString("band"), rs.getInt("n"));
            }
            if (rs.getInt("gc") == 0) {
                String child = rs.getString("child");
                return new Count("child", child == null ? "" : child, rs.getString("band"), rs.getInt("n"));
            }
            return new Count("span", rs.getString("span"), null, rs.getInt("n"));
        }).list();
    }

    /** A page of the open tasks, most overdue first. */
    List<BoardTask> open(TaskCriteria c, long offset, int limit) {
        String sql = "select " + TASK + " " + FROM + " where " + TaskCriteria.OPEN + " and " + c.where()
                + " order by days desc, t.deadline, t.id limit :limit offset :offset";
        return c.bind(jdbc.sql(sql)).param("limit", limit).param("offset", offset).query(this::task).list();
    }

    long countOpen(TaskCriteria c) {
        return c.bind(jdbc.sql("select count(*) from supervision_task t where " + TaskCriteria.OPEN + " and " + c.where()))
                .query(Long.class).single();
    }

    /** The tasks (open or done, not cancelled) whose deadline lies between two days, by deadline. */
    List<BoardTask> due(TaskCriteria c, LocalDate from, LocalDate to, int limit) {
        String sql = "select " + TASK + " " + FROM + " where t.status <> 'CANCELLED' and t.deadline between :from and :to and "
                + c.where() + " order by t.deadline, t.id limit :limit";
        return c.bind(jdbc.sql(sql)).param("from", from).param("to", to).param("limit", limit).query(this::task).list();
    }

    /** The tasks a calendar feed lists: every open task, and those done since a day; nearest deadline first. */
    List<FeedEntry> feed(TaskCriteria c, LocalDate doneSince, int limit) {
        String sql = "select " + TASK + ", t.version, t.updated_at " + FROM + " where (" + TaskCriteria.OPEN
                + " or (t.status = 'DONE' and t.deadline >= :since)) and " + c.where()
                + " order by abs(t.deadline - cast(:today as date)), t.id limit :limit";
        return c.bind(jdbc.sql(sql)).param("since", doneSince).param("limit", limit)
                .query((rs, i) -> new FeedEntry(task(rs, i), rs.getInt("version"),
                        rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The top of the cascade a task belongs to (itself when it was not split from another). */
    long top(long id) {
        return jdbc.sql("""
                with recursive up(id, parent_id, n) as (
                  select id, parent_id, 0 from supervision_task where id = :id
                  union all select p.id, p.parent_id, up.n + 1 from supervision_task p join up on p.id = up.parent_id
                  where up.n < 50
                ) select id from up order by n desc limit 1
                """).param("id", id).query(Long.class).optional().orElse(id);
    }

    /** Every task of the cascade below a top task that the actor may see, with its depth from the top. */
    List<Object[]> cascade(TaskCriteria c, long top) {
        String sql = """
                with recursive down(id, n) as (
                  select id, 0 from supervision_task where id = :top
                  union all select k.id, down.n + 1 from supervision_task k join down on k.parent_id = down.id where down.n < 50
                )
                select down.n as depth, %s %s join down on down.id = t.id where %s order by down.n, t.id
                """.formatted(TASK, FROM, c.where());
        return c.bind(jdbc.sql(sql)).param("top", top).query((rs, i) -> new Object[] {rs.getInt("depth"), task(rs, i)})
                .list();
    }

    /** A task of a calendar feed with its version and the time of its last change. */
    record FeedEntry(BoardTask task, int version, java.time.Instant updatedAt) {
    }

    /** Whether the actor may see the task. */
    boolean visible(TaskCriteria c, long id) {
        return c.bind(jdbc.sql("select count(*) from supervision_task t where t.id = :id and " + c.where())).param("id", id)
                .query(Integer.class).single() > 0;
    }

    /** Code, names and jurisdiction code of units by id. */
    Map<Long, String[]> units(Collection<Long> ids) {
        Map<Long, String[]> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select u.id, u.code, u.name_en, u.name_zh, j.code as jcode from unit u
                join jurisdiction j on j.id = u.jurisdiction_id where u.id in (:ids)
                """).param("ids", ids).query((ResultSet rs) -> {
                    out.put(rs.getLong("id"), new String[] {rs.getString("code"), rs.getString("name_en"),
                        rs.getString("name_zh"), rs.getString("jcode")});
                });
        return out;
    }

    /** Code and names of jurisdictions by id. */
    Map<Long, String[]> jurisdictions(Collection<Long> ids) {
        Map<Long, String[]> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, code, name_en, name_zh from jurisdiction where id in (:ids)").param("ids", ids)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong("id"), new String[] {rs.getString("code"), rs.getString("name_en"),
                        rs.getString("name_zh")});
                });
        return out;
    }

    /**
     * A marker that changes when a task, its history or a directive receipt changes: the last history entry, the last
     * task update, the last receipt and the last confirmation (each read from an index).
     */
    String marker() {
        return jdbc.sql("""
                select coalesce((select max(id) from supervision_task_event), 0) || '/'
                    || coalesce((select max(updated_at) from supervision_task)::text, '')
                    || '/' || coalesce((select max(id) from supervision_task), 0)
                    || '/' || coalesce((select max(id) from supervision_directive_receipt), 0)
                    || '/' || coalesce((select max(confirmed_at) from supervision_directive_receipt)::text, '')
                """).query(String.class).single();
    }

    private BoardTask task(ResultSet rs, int n) throws SQLException {
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        Long parent = rs.getObject("parent_id", Long.class);
        return new BoardTask(rs.getLong("id"), rs.getString("title_en"), rs.getString("title_zh"), status,
                rs.getString("priority"), rs.getString("source_type"), rs.getString("source_ref"),
                rs.getString("assigning"), rs.getString("unit_code"), rs.getString("unit_en"), rs.getString("unit_zh"),
                rs.getString("unit_jurisdiction"), rs.getObject("deadline", LocalDate.class),
                rs.getObject("original_deadline", LocalDate.class), rs.getLong("days"),
                status.open() ? DueBand.valueOf(rs.getString("band")) : null, parent,
                rs.getInt("sub_tasks"));
    }
}
