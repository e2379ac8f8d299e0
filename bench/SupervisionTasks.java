import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Bench-only generator: N supervision tasks (default 50,000) with M history entries each on average (default 10, so
 * 500,000 in all) for the member units of the demo province down to counties, written straight into the embedded
 * PostgreSQL of a benchmark run (never a real database: it connects to 127.0.0.1 on the given port as the embedded
 * server's superuser). Deterministic: PostgreSQL's random() is seeded with setseed() first. Tasks are created by
 * "bench". Original deadlines spread over the past year and the next 60 days; a sixth of the tasks were extended;
 * tasks due more than a month ago are mostly done (some cancelled, the rest overdue in every open state), later ones
 * mostly open; a third have an assisting unit.
 *
 * <p>Usage: {@code java -cp postgresql.jar bench/SupervisionTasks.java --pg-port PORT [--tasks 50000] [--events 10]}
 *
 * <p>Prints {@code RESULT supervision.tasks N}, {@code RESULT supervision.events M} and {@code RESULT supervision.load_ms T}.
 */
public class SupervisionTasks {

    public static void main(String[] args) throws Exception {
        int pgPort = 0;
        int tasks = 50_000;
        int perTask = 10;
        for (int k = 0; k + 1 < args.length; k += 2) {
            switch (args[k]) {
                case "--pg-port" -> pgPort = Integer.parseInt(args[k + 1]);
                case "--tasks" -> tasks = Integer.parseInt(args[k + 1]);
                case "--events" -> perTask = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]);
            }
        }
        if (pgPort <= 0 || tasks < 1 || tasks > 2_000_000 || perTask < 1 || perTask > 100) {
            throw new IllegalArgumentException("usage: --pg-port PORT [--tasks 1..2000000] [--events 1..100]");
        }
        String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select setseed(0.20261203)");
            s.execute("""
                    create temporary table bench_unit on commit drop as
                    select row_number() over (order by u.code) as n, u.id, u.jurisdiction_id, j.path,
                           coalesce(p.id, j.id) as assigning_id, coalesce(p.path, j.path) as assigning_path
                    from unit u join jurisdiction j on j.id = u.jurisdiction_id
                    left join jurisdiction p on p.id = j.parent_id
                    where j.level <= 3 and u.active""");
            int units;
            try (ResultSet rs = s.executeQuery("select count(*) from bench_unit")) {
                rs.next();
                units = rs.getInt(1);
            }
            s.execute("""
                    create temporary table bench_task on commit drop as
                    select i, 1 + floor(random() * %d)::int as unit_n, random() as r_source, random() as r_priority,
                           random() as r_status, random() as r_done, random() as r_extend, random() as r_assist,
                           current_date - 365 + floor(random() * 425)::int as original
                    from generate_series(1, %d) i""".formatted(units, tasks));
            int inserted = s.executeUpdate("""
                    insert into supervision_task (title_en, title_zh, source_type, jurisdiction_id, jurisdiction_path,
                        lead_unit_id, lead_jurisdiction_path, priority, status, assigned_at, accept_by, deadline,
                        original_deadline, submitted_at, done_at, closed_at, progress_percent, created_by, updated_at)
                    select 'Bench task ' || b.i, '基准督办事项 ' || b.i,
                        (array['MEETING_DECISION','DIRECTIVE','LEADER_INSTRUCTION','INCIDENT_RECTIFICATION','NONE'])[1 + floor(b.r_source * 5)::int],
                        u.assigning_id, u.assigning_path, u.id, u.path,
                        (array['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + floor(b.r_priority * 5)::int],
                        x.status, b.original - 40, b.original - 37, x.deadline, b.original,
                        case when x.status = 'SUBMITTED' then least(now(), x.deadline - 2 + floor(b.r_done * 6)::int) end,
                        case when x.status = 'DONE' then least(now(), x.deadline - 12 + floor(b.r_done * 20)::int) end,
                        case when x.status in ('DONE', 'CANCELLED') then least(now(), x.deadline - 12 + floor(b.r_done * 20)::int) end,
                        floor(b.r_done * 100)::int, 'bench', now()
                    from bench_task b join bench_unit u on u.n = b.unit_n
                    cross join lateral (select
                        case when b.original < current_date - 30 then
                               case when b.r_status < 0.75 then 'DONE' when b.r_status < 0.80 then 'CANCELLED'
                                    else (array['ACCEPTED','IN_PROGRESS','SUBMITTED','SENT_BACK'])[1 + floor((b.r_status - 0.80) * 20)::int] end
                             else
                               case when b.r_status < 0.25 then 'DONE' when b.r_status < 0.27 then 'CANCELLED'
                                    else (array['ASSIGNED','OBJECTED','ACCEPTED','IN_PROGRESS','SUBMITTED','SENT_BACK'])[1 + floor((b.r_status - 0.27) / 0.73 * 6)::int] end
                        end as status,
                        b.original + case when b.r_extend < 0.17 then 5 + floor(b.r_extend * 90)::int else 0 end as deadline) x
                    order by b.i""");
            s.executeUpdate("""
                    insert into supervision_task_unit (task_id, unit_id, role)
                    select id, lead_unit_id, 'LEAD' from supervision_task where created_by = 'bench'""");
            s.executeUpdate("""
                    insert into supervision_task_unit (task_id, unit_id, role)
                    select t.id, a.id, 'ASSIST' from supervision_task t
                    join bench_unit l on l.id = t.lead_unit_id
                    join bench_unit a on a.n = 1 + (l.n %% %d)
                    where t.created_by = 'bench' and t.id %% 3 = 0 and a.id <> t.lead_unit_id""".formatted(units));
            // history: ASSIGNED first, then a mix of what happens to tasks, about perTask entries per task
            int events = s.executeUpdate("""
                    insert into supervision_task_event (task_id, at, kind, actor, unit_id, detail)
                    select t.id, t.assigned_at + (k || ' days')::interval,
                        case when k = 0 then 'ASSIGNED' else (array['ACCEPTED','PROGRESS','PROGRESS','PROGRESS','EXTENSION_REQUESTED',
                            'EXTENSION_APPROVED','EXTENSION_REFUSED','SUBMITTED','SENT_BACK','VERIFIED','OBJECTED','REMINDER',
                            'URGED','INSTRUCTION'])[1 + floor(random() * 14)::int] end,
                        'bench', t.lead_unit_id, '{}'::jsonb
                    from supervision_task t cross join lateral generate_series(0, %d - 2 + (t.id %% 3)::int) k
                    where t.created_by = 'bench'""".formatted(perTask));
            s.execute("analyze supervision_task");
            s.execute("analyze supervision_task_unit");
            s.execute("analyze supervision_task_event");
            c.commit();
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("added %d supervision tasks with %d history entries for %d units in %d ms%n", inserted,
                    events, units, ms);
            System.out.println("RESULT supervision.tasks " + inserted);
            System.out.println("RESULT supervision.events " + events);
            System.out.println("RESULT supervision.load_ms " + ms);
        }
    }
}
