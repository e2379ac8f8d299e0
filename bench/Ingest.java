import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

/**
 * Ingestion benchmark (see bench/README.md): REST batch throughput against a raw COPY of the same rows into a table
 * of the same layout, in the same run; then receipt-to-visible warning latency at a steady rate.
 *
 * <pre>
 * BENCH_TOKEN=... java -cp postgresql.jar bench/Ingest.java --base http://127.0.0.1:PORT --pg-port N
 *     [--indicators 200] [--rule-indicators 5] [--clients 4] [--total 600000] [--batch 10000]
 *     [--rate 5000] [--latency-s 20] [--timeout-s 600]
 * </pre>
 *
 * Loopback only; every loop is bounded by count and by --timeout-s. Prints RESULT name value lines.
 */
public class Ingest {

    static final Map<String, String> ARGS = new HashMap<>();
    static HttpClient http;
    static String base;
    static String token;
    static long deadline;

    static String arg(String name, String dflt) {
        return ARGS.getOrDefault(name, dflt);
    }

    static int intArg(String name, int dflt) {
        return Integer.parseInt(arg(name, String.valueOf(dflt)));
    }

    private static long serverPid;
    private static long postmasterPid;

    /** CPU seconds so far of the server JVM and of its PostgreSQL (postmaster, its children, reaped children). */
    private static double[] cpu() {
        if (serverPid <= 0 || postmasterPid <= 0) {
            return new double[2];
        }
        double pg = 0;
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var dir : (Iterable<java.nio.file.Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] stat = stat(Long.parseLong(name));
                if (stat == null) {
                    continue;
                }
                if (Long.parseLong(name) == postmasterPid) {
                    pg += stat[1] + stat[2] + stat[3] + stat[4];
                } else if (stat[0] == postmasterPid) {
                    pg += stat[1] + stat[2];
                }
            }
        } catch (java.io.IOException e) {
            return new double[2];
        }
        long[] jvm = stat(serverPid);
        double hz = 100.0;
        return new double[] {jvm == null ? 0 : (jvm[1] + jvm[2]) / hz, pg / hz};
    }

    /** CPU seconds so far of the server JVM's threads, by thread name without its trailing number. */
    private static Map<String, Double> threadCpu() {
        Map<String, Double> byKind = new HashMap<>();
        if (serverPid <= 0) {
            return byKind;
        }
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", String.valueOf(serverPid), "task"))) {
            for (var task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                try {
                    String text = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')')).replaceAll("[-#]?\\d+$", "");
                    String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    byKind.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended
                }
            }
        } catch (java.io.IOException e) {
            return byKind;
        }
        return byKind;
    }

    /** ppid, utime, stime, cutime, cstime of a process from /proc, or null when it is gone. */
    private static long[] stat(long pid) {
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            ARGS.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        base = arg("base", null);
        if (base == null || !base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("--base must be http://127.0.0.1:PORT (loopback only)");
        }
        token = System.getenv("BENCH_TOKEN");
        int pgPort = intArg("pg-port", 0);
        serverPid = Long.parseLong(arg("server-pid", "0"));
        postmasterPid = Long.parseLong(arg("postmaster-pid", "0"));
        int nIndicators = intArg("indicators", 200);
        int nRuleIndicators = intArg("rule-indicators", 5);
        int clients = intArg("clients", 4);
        int total = intArg("total", 600_000);
        int batch = intArg("batch", 10_000);
        int rate = intArg("rate", 5_000);
        int latencyS = intArg("latency-s", 20);
        deadline = System.nanoTime() + Duration.ofSeconds(intArg("timeout-s", 900)).toNanos();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        // --- setup: indicators and rules through the API -------------------------------------------------------
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= nIndicators; i++) {
            String code = String.format("BENCH-%03d", i);
            codes.add(code);
            post("/api/v1/indicators", """
                    {"code":"%s","nameEn":"Bench %s","nameZh":"基准 %s","domain":"DISASTER","unitOfMeasure":"mm",
                     "periodType":"HOURLY","aggregation":"SUM","description":"benchmark","source":"bench"}"""
                    .formatted(code, code, code), 201);
        }
        // the latency probe's own indicator with a rule, never used by the throughput phase
        post("/api/v1/indicators", """
                {"code":"BENCH-LAT","nameEn":"Bench latency","nameZh":"基准延迟","domain":"DISASTER","unitOfMeasure":"mm",
                 "periodType":"HOURLY","aggregation":"SUM","description":"benchmark","source":"bench"}""", 201);
        List<String> ruled = new ArrayList<>(codes.subList(0, Math.min(nRuleIndicators, codes.size())));
        ruled.add("BENCH-LAT");
        for (String code : ruled) {
            post("/api/v1/rules", """
                    {"code":"R-%s","indicatorCode":"%s","domain":"DISASTER","nameEn":"Rule %s","nameZh":"规则 %s",
                     "type":"THRESHOLD","direction":"HIGHER_IS_WORSE",
                     "thresholds":{"BLUE":100,"YELLOW":200,"ORANGE":300,"RED":400},"recoverAfter":1,"active":true}"""
                    .formatted(code, code, code, code), 201);
        }
        System.out.printf("setup: %d indicators (%d with a threshold rule) + BENCH-LAT with a rule%n", nIndicators,
                ruled.size() - 1);

        // --- ids and township codes from the embedded database -------------------------------------------------
        String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        List<String> towns = new ArrayList<>();
        List<Long> townIds = new ArrayList<>();
        Map<String, Long> indicatorIds = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "select id, code from jurisdiction where code ~ '^DP-[0-9]{2}-[0-9]{2}-[0-9]{2}$' and active order by code")) {
                while (rs.next()) {
                    townIds.add(rs.getLong(1));
                    towns.add(rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("select id, code from indicator where code like 'BENCH-%'")) {
                while (rs.next()) {
                    indicatorIds.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        System.out.printf("townships: %d%n", towns.size());

        // --- the rows: hour-major, then township, then indicator (every batch has the same share of ruled rows); values 0..99, 1 %% of ruled values above 100 ---
        Instant firstHour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3));
        int perHour = nIndicators * towns.size();
        int nBatches = (total + batch - 1) / batch;
        int warmBatches = Math.min(30, nBatches);
        java.util.Random random = new java.util.Random(42);
        long[] ind = new long[total];
        long[] jur = new long[total];
        Instant[] hour = new Instant[total];
        double[] val = new double[total];
        List<String> bodyList = new ArrayList<>();
        for (int b = 0; b < nBatches; b++) {
            StringBuilder sb = new StringBuilder(batch * 90).append("{\"skipBad\":false,\"observations\":[");
            for (int k = b * batch; k < Math.min(total, (b + 1) * batch); k++) {
                int h = k / perHour, rest = k % perHour, i = rest % nIndicators, t = rest / nIndicators;
                boolean hasRule = i < nRuleIndicators;
                double v = hasRule && random.nextInt(100) == 0 ? 100 + random.nextInt(400) : random.nextInt(10_000) / 100.0;
                ind[k] = indicatorIds.get(codes.get(i));
                jur[k] = townIds.get(t);
                hour[k] = firstHour.plus(Duration.ofHours(h));
                val[k] = v;
                if (k > b * batch) {
                    sb.append(',');
                }
                sb.append("{\"indicator\":\"").append(codes.get(i)).append("\",\"jurisdiction\":\"").append(towns.get(t))
                        .append("\",\"time\":\"").append(hour[k]).append("\",\"value\":").append(v).append('}');
            }
            bodyList.add(sb.append("]}").toString());
        }
        // warm-up bodies: the same shape, two days earlier, discarded
        List<String> warm = new ArrayList<>();
        for (int b = 0; b < warmBatches; b++) {
            warm.add(bodyList.get(b).replace(firstHour.toString().substring(0, 10),
                    firstHour.minus(Duration.ofDays(2)).toString().substring(0, 10)));
        }

        // --- baseline 1: raw COPY ---------------------------------------------------------------------------------
        double[] cpu0 = cpu();
        double copy1 = copyBaseline(url, clients, batch, ind, jur, hour, val);
        double[] cpu1 = cpu();
        System.out.printf("baseline raw COPY (before): %.0f obs/s%n", copy1);

        // --- REST ------------------------------------------------------------------------------------------------
        runBatches(warm, clients);
        double[] cpu2 = cpu();
        Map<String, Double> threads2 = threadCpu();
        long t0 = System.nanoTime();
        long stored = runBatches(bodyList, clients);
        double restSeconds = (System.nanoTime() - t0) / 1e9;
        double[] cpu3 = cpu();
        Map<String, Double> threads3 = threadCpu();
        double rest = total / restSeconds;
        System.out.printf("REST batches: %d rows (%d stored) in %.2f s = %.0f obs/s (%d clients, %d per batch)%n", total,
                stored, restSeconds, rest, clients, batch);

        // --- baseline 2: raw COPY again, to see drift -----------------------------------------------------------
        double[] cpu4 = cpu();
        double copy2 = copyBaseline(url, clients, batch, ind, jur, hour, val);
        double[] cpu5 = cpu();
        System.out.printf("baseline raw COPY (after): %.0f obs/s%n", copy2);
        if (serverPid > 0 && postmasterPid > 0) {
            // CPU seconds spent per 100,000 rows by the server side: Rampart's JVM and its PostgreSQL (postmaster,
            // backends, and exited backends reaped by the postmaster). Unlike throughput, hardly moved by the load
            // other programs put on the machine.
            double restJvm = (cpu3[0] - cpu2[0]) / total * 100_000, restPg = (cpu3[1] - cpu2[1]) / total * 100_000;
            double copyPg = ((cpu1[1] - cpu0[1]) + (cpu5[1] - cpu4[1])) / (2.0 * total) * 100_000;
            System.out.printf("server CPU per 100,000 rows: REST %.2f s (JVM %.2f + PostgreSQL %.2f), raw COPY %.2f s (PostgreSQL); ratio %.3f%n",
                    restJvm + restPg, restJvm, restPg, copyPg, copyPg / (restJvm + restPg));
            StringBuilder kinds = new StringBuilder();
            threads3.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - threads2.getOrDefault(e.getKey(), 0.0)))
                    .filter(e -> e.getValue() >= 0.05)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                    .forEach(e -> kinds.append(String.format(" %s %.2f s;", e.getKey(), e.getValue() / total * 100_000)));
            System.out.println("server JVM CPU per 100,000 rows by thread kind during REST:" + kinds);
            System.out.println("RESULT ingest.cpu_rest_s_per_100k " + String.format("%.3f", restJvm + restPg));
            System.out.println("RESULT ingest.cpu_rest_jvm_s_per_100k " + String.format("%.3f", restJvm));
            System.out.println("RESULT ingest.cpu_copy_s_per_100k " + String.format("%.3f", copyPg));
        }
        double copy = (copy1 + copy2) / 2;
        System.out.printf("REST / raw COPY (mean of both): %.3f%n", rest / copy);
        System.out.println("RESULT ingest.rest_obs_s " + Math.round(rest));
        System.out.println("RESULT ingest.copy_before_obs_s " + Math.round(copy1));
        System.out.println("RESULT ingest.copy_after_obs_s " + Math.round(copy2));
        System.out.println("RESULT ingest.ratio " + String.format("%.3f", rest / copy));
        System.out.println("RESULT ingest.rows " + total);

        // --- latency at a steady rate -----------------------------------------------------------------------------
        latency(codes, towns, rate, latencyS, firstHour.plus(Duration.ofDays(1)));
    }

    static void post(String path, String json, int expect) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (r.statusCode() != expect) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("--timeout-s reached");
        }
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Send the bodies with N clients, each taking the next; returns the sum of "stored". Fails on any error. */
    static long runBatches(List<String> bodies, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong stored = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                int b;
                while (errors.isEmpty() && (b = next.getAndIncrement()) < bodies.size()) {
                    try {
                        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/observations"))
                                .timeout(Duration.ofSeconds(300)).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(b))).build());
                        if (r.statusCode() != 200 || !r.body().contains("\"rejected\":[]")) {
                            errors.add("batch " + b + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length())));
                        }
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"stored\":(\\d+)").matcher(r.body());
                        if (m.find()) {
                            stored.addAndGet(Long.parseLong(m.group(1)));
                        }
                    } catch (Exception e) {
                        errors.add("batch " + b + ": " + e);
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("errors: " + errors);
        }
        return stored.get();
    }

    /**
     * COPY the same rows, in the same batches and with the same number of clients (one transaction per batch,
     * synchronous commit as the server's default), into a fresh table of the observation table's layout (LIKE ...
     * INCLUDING ALL: columns, defaults, identity, the unique key and indexes). Returns rows per second.
     */
    static double copyBaseline(String url, int clients, int batch, long[] ind, long[] jur, Instant[] hour, double[] val)
            throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_copy");
            s.execute("create table bench_copy (like observation including all)");
        }
        int total = ind.length;
        int nBatches = (total + batch - 1) / batch;
        String received = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Exception> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < clients; k++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                    int b;
                    while (errors.isEmpty() && (b = next.getAndIncrement()) < nBatches && System.nanoTime() < deadline) {
                        StringBuilder sb = new StringBuilder(batch * 64);
                        for (int r = b * batch; r < Math.min(total, (b + 1) * batch); r++) {
                            sb.append(ind[r]).append('\t').append(jur[r]).append('\t').append(hour[r]).append('\t')
                                    .append(val[r]).append("\tapi\t").append(received).append('\n');
                        }
                        c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                                "copy bench_copy (indicator_id, jurisdiction_id, period_start, value, source, received_at) from stdin",
                                new StringReader(sb.toString()));
                    }
                } catch (Exception e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!errors.isEmpty()) {
            throw errors.peek();
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop table bench_copy");
        }
        return total / seconds;
    }

    /**
     * Steady load of {@code rate} observations per second in batches every 100 ms for {@code seconds}; each batch
     * carries one probe on BENCH-LAT for a township not probed before, above the RED threshold. A poller asks
     * GET /api/v1/warnings?jurisdiction=CODE for each outstanding probe until the warning shows; latency is from
     * the start of sending the batch to the answer that showed it.
     */
    static void latency(List<String> codes, List<String> towns, int rate, int seconds, Instant hourStart) throws Exception {
        int perBatch = Math.max(1, rate / 10);
        int nBatches = Math.min(seconds * 10, towns.size());
        Map<String, Long> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        java.util.concurrent.ScheduledExecutorService sched = java.util.concurrent.Executors.newScheduledThreadPool(4);
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
        AtomicInteger row = new AtomicInteger();
        int perHour = codes.size() * towns.size();
        long start = System.nanoTime();
        for (int b = 0; b < nBatches; b++) {
            String probeTown = towns.get((b * 7919) % towns.size());
            StringBuilder sb = new StringBuilder(perBatch * 90).append("{\"skipBad\":false,\"observations\":[");
            for (int k = 0; k < perBatch - 1; k++) {
                int n = row.getAndIncrement();
                int h = n / perHour, rest = n % perHour;
                sb.append("{\"indicator\":\"").append(codes.get(rest % codes.size())).append("\",\"jurisdiction\":\"")
                        .append(towns.get(rest / codes.size())).append("\",\"time\":\"")
                        .append(hourStart.plus(Duration.ofHours(h))).append("\",\"value\":").append((n * 37) % 100).append("},");
            }
            sb.append("{\"indicator\":\"BENCH-LAT\",\"jurisdiction\":\"").append(probeTown).append("\",\"time\":\"")
                    .append(hourStart).append("\",\"value\":450}]}");
            String body = sb.toString();
            long due = start + b * 100_000_000L;
            sched.schedule(() -> senders.submit(() -> {
                long t0 = System.nanoTime();
                if (System.nanoTime() - due > 50_000_000L) {
                    late.incrementAndGet();
                }
                sentAt.put(probeTown, t0);
                try {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/observations"))
                            .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }), due - System.nanoTime(), java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        // poller: bounded by the run length plus 60 s
        long pollEnd = start + Duration.ofSeconds(seconds + 60).toNanos();
        int seen = 0;
        List<Long> polls = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        while (seen < nBatches && System.nanoTime() < pollEnd && System.nanoTime() < deadline) {
            boolean any = false;
            for (Map.Entry<String, Long> e : new ArrayList<>(sentAt.entrySet())) {
                if (done.contains(e.getKey())) {
                    continue;
                }
                any = true;
                long pollStart = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/warnings?jurisdiction="
                        + e.getKey() + "&size=5")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).GET().build());
                polls.add(System.nanoTime() - pollStart);
                if (r.statusCode() == 200 && r.body().contains("R-BENCH-LAT")) {
                    latencies.add(System.nanoTime() - e.getValue());
                    done.add(e.getKey());
                    seen++;
                }
            }
            if (!any) {
                Thread.sleep(2);
            }
        }
        sched.shutdown();
        senders.shutdown();
        senders.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double achieved = (double) nBatches * perBatch / ((System.nanoTime() - start) / 1e9);
        System.out.printf("latency at %d obs/s (%d per batch every 100 ms, %d batches): %d of %d probes seen, "
                + "%d send errors, %d batches sent > 50 ms late%n", rate, perBatch, nBatches, sorted.length, nBatches,
                errors.get(), late.get());
        if (sorted.length > 0) {
            double p50 = sorted[(int) Math.floor(0.50 * (sorted.length - 1))] / 1e6;
            double p99 = sorted[(int) Math.floor(0.99 * (sorted.length - 1))] / 1e6;
            double max = sorted[sorted.length - 1] / 1e6;
            System.out.printf("receipt -> warning visible: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", p50, p99, max);
            System.out.println("RESULT latency.p50_ms " + String.format("%.1f", p50));
            System.out.println("RESULT latency.p99_ms " + String.format("%.1f", p99));
            System.out.println("RESULT latency.max_ms " + String.format("%.1f", max));
        }
        long[] p = polls.stream().mapToLong(Long::longValue).sorted().toArray();
        if (p.length > 0) {
            double pollP50 = p[(p.length - 1) / 2] / 1e6;
            System.out.printf("baseline: one GET /api/v1/warnings?jurisdiction= poll under the same load: p50 %.1f ms (%d polls)%n",
                    pollP50, p.length);
            System.out.println("RESULT latency.poll_p50_ms " + String.format("%.1f", pollP50));
        }
        System.out.println("RESULT latency.probes_seen " + sorted.length + "/" + nBatches);
        System.out.println("RESULT latency.send_errors " + errors.get());
        System.out.println("RESULT latency.late_batches " + late.get());
    }
}
