import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bench only: the supervision ladder's timer pass over N open tasks (50,000 by default), next to a plain
 * {@code select count(*)} over the same open tasks, in the same run. Adds N deterministic open tasks to the run's
 * embedded PostgreSQL (assigned by the province 60 days ago to units across the tree, deadlines spread over the next
 * months with a tenth of them inside the ladder's window: due soon or overdue), then times
 * <ol>
 * <li>the baseline: {@code select count(*) from supervision_task where closed_at is null}, repeated;</li>
 * <li>the first pass ({@code POST /api/v1/supervision/ladder/pass}): every task within the first reminder of its
 * deadline is looked at, and the due steps are taken (history, audit, notice numbers, events);</li>
 * <li>the steady pass, after the first pass's events have been handled: nothing new is due, what any later pass of
 * the same day costs.</li>
 * </ol>
 * Figures are the server's own time of each pass (as it answers) and the client's wall-clock of the HTTP call, and
 * their ratios to the baseline's median.
 * <p>Usage: {@code BENCH_TOKEN=... java -cp postgresql.jar bench/LadderPass.java --pg-port P --base URL [--tasks N]}
 */
public class LadderPass {

    public static void main(String[] args) throws Exception {
        int pgPort = 0;
        String base = null;
        int tasks = 50_000;
        for (int k = 0; k + 1 < args.length; k += 2) {
            switch (args[k]) {
                case "--pg-port" -> pgPort = Integer.parseInt(args[k + 1]);
                case "--base" -> base = args[k + 1];
                case "--tasks" -> tasks = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]);
            }
        }
        String token = System.getenv("BENCH_TOKEN");
        if (pgPort == 0 || base == null || token == null) {
            throw new IllegalArgumentException("--pg-port, --base and BENCH_TOKEN are required");
        }
        String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("select setseed(0.42)");
            s.execute("""
                    create temporary table bench_units as
                    select row_number() over (order by u.id) as n, u.id as unit_id, j.path as unit_path
                      from unit u join jurisdiction j on j.id = u.jurisdiction_id""");
            s.execute("""
                    create temporary table bench_root as
                    select id, path from jurisdiction where parent_id is null order by id limit 1""");
            // a tenth inside the ladder's window (deadline from 10 days ago to 3 days ahead), the rest 4 to 120 days ahead
            s.execute("""
                    insert into supervision_task (title_en, title_zh, jurisdiction_id, jurisdiction_path, lead_unit_id,
                        lead_jurisdiction_path, status, assigned_at, accept_by, deadline, original_deadline, created_by)
                    select 'Bench task ' || g, '压测事项' || g, r.id, r.path, u.unit_id, u.unit_path,
                           case g % 3 when 0 then 'ASSIGNED' when 1 then 'ACCEPTED' else 'IN_PROGRESS' end,
                           now() - interval '60 days', now() - interval '57 days',
                           current_date + case when g % 10 = 0 then (g / 10) % 14 - 10 else 4 + g % 117 end,
                           current_date + case when g % 10 = 0 then (g / 10) % 14 - 10 else 4 + g % 117 end,
                           'bench'
                      from generate_series(1, :tasks) g cross join bench_root r
                      join bench_units u on u.n = 1 + g % (select count(*) from bench_units)""".replace(":tasks", Integer.toString(tasks)));
            s.execute("""
                    insert into supervision_task_unit (task_id, unit_id, role)
                    select id, lead_unit_id, 'LEAD' from supervision_task where created_by = 'bench'
                    on conflict do nothing""");
            s.execute("analyze supervision_task");
            s.execute("analyze supervision_task_unit");
            System.out.printf("added %d open tasks in %d ms%n", tasks, (System.nanoTime() - t0) / 1_000_000);
            long open = count(s);
            System.out.println("RESULT ladder.open_tasks " + open);

            List<Double> baseline = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                long b0 = System.nanoTime();
                count(s);
                baseline.add((System.nanoTime() - b0) / 1e6);
            }
            double count = median(baseline);
            System.out.printf("RESULT ladder.count_ms %.2f%n", count);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            double[] first = pass(http, base, token);
            System.out.printf("RESULT ladder.first_pass_server_ms %.0f%n", first[1]);
            System.out.printf("RESULT ladder.first_pass_client_ms %.0f%n", first[2]);
            System.out.printf("RESULT ladder.first_pass_steps %.0f%n", first[0]);
            System.out.printf("RESULT ladder.first_pass_ratio_to_count %.1f%n", first[1] / count);

            // let the notification listener handle the first pass's events (bounded wait)
            long waitUntil = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            long pending;
            do {
                Thread.sleep(1000);
                pending = single(s, "select count(*) from event_publication where completion_date is null");
            } while (pending > 0 && System.nanoTime() < waitUntil);
            System.out.println("events still pending before the steady pass: " + pending);

            List<Double> steadyServer = new ArrayList<>();
            List<Double> steadyClient = new ArrayList<>();
            double steps = 0;
            for (int i = 0; i < 5; i++) {
                double[] steady = pass(http, base, token);
                steps += steady[0];
                steadyServer.add(steady[1]);
                steadyClient.add(steady[2]);
            }
            double server = median(steadyServer);
            System.out.printf("RESULT ladder.steady_pass_server_ms %.1f%n", server);
            System.out.printf("RESULT ladder.steady_pass_client_ms %.1f%n", median(steadyClient));
            System.out.printf("RESULT ladder.steady_pass_steps %.0f%n", steps);
            System.out.printf("RESULT ladder.steady_pass_ratio_to_count %.1f%n", server / count);
        }
    }

    private static long count(Statement s) throws Exception {
        return single(s, "select count(*) from supervision_task where closed_at is null");
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One pass through the API: steps, server milliseconds, client milliseconds. */
    private static double[] pass(HttpClient http, String base, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/supervision/ladder/pass"))
                .timeout(Duration.ofSeconds(600)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        double client = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the pass answered " + r.statusCode() + ": " + r.body());
        }
        Matcher steps = Pattern.compile("\"steps\":(\\d+)").matcher(r.body());
        Matcher millis = Pattern.compile("\"millis\":(\\d+)").matcher(r.body());
        if (!steps.find() || !millis.find()) {
            throw new IllegalStateException("unexpected answer " + r.body());
        }
        return new double[] {Double.parseDouble(steps.group(1)), Double.parseDouble(millis.group(1)), client};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
