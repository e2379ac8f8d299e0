import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop HTTP load generator: N clients each send one request, wait for the answer, and send the next.
 * Scenarios run one after the other against the same server with the same concurrency, so that their figures can be
 * compared with the baseline ({@code health}) measured in the same run, interleaved with them.
 *
 * <p>Usage: {@code java bench/Latency.java --base http://127.0.0.1:PORT [--token TOKEN] [--user viewer.province
 * --password rampart-demo] [--concurrency 50] [--warmup-s 5] [--duration-s 20] [--max-requests 500000]
 * [--rounds 4] [--scenarios health,api,page] [--prefix NAME.]}
 *
 * <p>The token may come from the environment variable {@code BENCH_TOKEN} instead of {@code --token}.
 *
 * <p>Scenarios: {@code health} = GET /actuator/health (no authentication); {@code api} = GET
 * /api/v1/jurisdictions?parent=CODE with a bearer token, rotating over the 21 cities and 21 counties; {@code page} =
 * GET /jurisdictions (the HTML tree) with one signed-in session shared by all clients. The situation scenarios
 * ({@code bench/run.sh situation}): {@code sitpage_p} and {@code sitpage_c} = GET /situation as viewer.province and
 * viewer.city (one session each), {@code home_p} = GET / (the home board) as viewer.province,
 * {@code heat_p}/{@code heat_c} = GET /api/v1/risks/heatmap?jurisdiction=DP / DP-01,
 * {@code rollup_p}/{@code rollup_c} = GET /api/v1/risks/rollup for the same, {@code situation_p} = GET
 * /api/v1/situation?jurisdiction=DP, all with the bearer token. The supervision scenarios ({@code bench/run.sh
 * supervision}): {@code board_p}/{@code board_c} = GET /api/v1/supervision/board?jurisdiction=DP / DP-01,
 * {@code score_p}/{@code score_c} = GET /api/v1/supervision/scorecard for the same (bearer token),
 * {@code boardpage_p}/{@code scorepage_p} = the board and scorecard pages as viewer.province. A response counts as an error
 * unless it is 200 with the expected content. Every scenario is warmed up first (results discarded), then measured in
 * rounds: in each round every scenario runs for duration / rounds, and a scenario's figures merge its samples from all
 * rounds. Every phase is bounded by its duration and by its share of --max-requests.
 *
 * <p>Prints one {@code RESULT <prefix><scenario>.<figure> <value>} line per figure (p50_ms, p90_ms, p99_ms, max_ms, rps,
 * n, errors, body_chars = mean response body length) and a readable summary.
 */
public class Latency {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        String base = a.require("base").replaceAll("/$", "");
        int concurrency = Integer.parseInt(a.get("concurrency", "50"));
        long warmupMs = Long.parseLong(a.get("warmup-s", "5")) * 1000;
        long durationMs = Long.parseLong(a.get("duration-s", "20")) * 1000;
        long maxRequests = Long.parseLong(a.get("max-requests", "500000"));
        List<String> scenarios = List.of(a.get("scenarios", "health,api,page").split(","));
        int rounds = Integer.parseInt(a.get("rounds", "4"));
        String prefix = a.get("prefix", "");

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(daemonPool(4))
                .build();

        List<String> codes = new ArrayList<>();
        for (int city = 1; city <= 21; city++) {
            codes.add(String.format(Locale.ROOT, "DP-%02d", city));
        }
        for (int city = 1; city <= 21; city++) {
            codes.add(String.format(Locale.ROOT, "DP-%02d-01", city));
        }

        System.out.printf(Locale.ROOT, "latency: %d clients, %d s warm-up, %d s measured in %d rounds (at most %d requests) per scenario%n",
                concurrency, warmupMs / 1000, durationMs / 1000, rounds, maxRequests);
        Map<String, Target> targets = new LinkedHashMap<>();
        for (String scenario : scenarios) {
            if (!targets.containsKey(scenario)) {
                Target target = switch (scenario) {
                    case "health" -> Target.health(base);
                    case "api" -> Target.api(base, token(a), codes);
                    case "page" -> Target.page(base, signIn(base, a.get("user", "viewer.province"), a.get("password", "rampart-demo")));
                    // the situation picture (bench/run.sh situation): the page as a province and as a city user,
                    // the heat-map and roll-up APIs for the province and for one city
                    case "sitpage_p" -> Target.html(base, "/situation", signIn(base, "viewer.province", a.get("password", "rampart-demo")), "heat-table");
                    case "home_p" -> Target.html(base, "/", signIn(base, "viewer.province", a.get("password", "rampart-demo")), "heat-table");
                    case "sitpage_c" -> Target.html(base, "/situation", signIn(base, "viewer.city", a.get("password", "rampart-demo")), "heat-table");
                    case "heat_p" -> Target.json(base, "/api/v1/risks/heatmap?jurisdiction=DP", token(a), "\"cells\"");
                    case "heat_c" -> Target.json(base, "/api/v1/risks/heatmap?jurisdiction=DP-01", token(a), "\"cells\"");
                    case "rollup_p" -> Target.json(base, "/api/v1/risks/rollup?jurisdiction=DP", token(a), "\"columns\"");
                    case "rollup_c" -> Target.json(base, "/api/v1/risks/rollup?jurisdiction=DP-01", token(a), "\"columns\"");
                    case "situation_p" -> Target.json(base, "/api/v1/situation?jurisdiction=DP", token(a), "\"topRisks\"");
                    // the supervision board and scorecard (bench/run.sh supervision), province and one city
                    case "board_p" -> Target.json(base, "/api/v1/supervision/board?jurisdiction=DP", token(a), "\"byUnit\"");
                    case "board_c" -> Target.json(base, "/api/v1/supervision/board?jurisdiction=DP-01", token(a), "\"byUnit\"");
                    case "boardpage_p" -> Target.html(base, "/supervision/board", signIn(base, "viewer.province", a.get("password", "rampart-demo")), "board-open");
                    case "score_p" -> Target.json(base, "/api/v1/supervision/scorecard?jurisdiction=DP", token(a), "\"units\"");
                    case "score_c" -> Target.json(base, "/api/v1/supervision/scorecard?jurisdiction=DP-01", token(a), "\"units\"");
                    case "scorepage_p" -> Target.html(base, "/supervision/scorecard", signIn(base, "viewer.province", a.get("password", "rampart-demo")), "scorecard-total");
                    default -> throw new IllegalArgumentException("unknown scenario " + scenario);
                };
                target.check(http);
                targets.put(scenario, target);
            }
        }
        // Warm every scenario up before measuring any, so that the first one measured does not pay for the JIT
        // compiling the code that all of them share (Tomcat, the security chain).
        for (Map.Entry<String, Target> e : targets.entrySet()) {
            System.out.printf(Locale.ROOT, "warm-up %s%n", e.getKey());
            run(http, e.getValue(), concurrency, warmupMs, maxRequests);
        }
        // Rounds: each scenario is measured for duration / rounds in every round, so that a change in the machine's
        // load during the run (it is shared) spreads over all scenarios instead of falling on one of them.
        long slice = Math.max(1000, durationMs / rounds);
        Map<String, List<Stats>> measured = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Target> e : targets.entrySet()) {
                Stats s = run(http, e.getValue(), concurrency, slice, maxRequests / rounds);
                System.out.printf(Locale.ROOT, "round %d/%d %-7s %.0f req/s  p50=%.2f ms%n", round, rounds, e.getKey(),
                        s.rps(), s.percentileMs(50));
                measured.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<String, List<Stats>> e : measured.entrySet()) {
            List<Stats> parts = e.getValue();
            Stats.merge(parts).print(prefix + e.getKey());
            System.out.printf(Locale.ROOT, "RESULT %s.first_round_rps %.1f%n", prefix + e.getKey(), parts.get(0).rps());
            System.out.printf(Locale.ROOT, "RESULT %s.last_round_rps %.1f%n", prefix + e.getKey(),
                    parts.get(parts.size() - 1).rps());
        }
        System.exit(0);
    }

    /** A pool of daemon threads, so that an exception in main ends the program instead of leaving it waiting. */
    static ExecutorService daemonPool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
    }

    /** Run the clients until the time or the request budget is spent and return what they measured. */
    static Stats run(HttpClient http, Target target, int concurrency, long durationMs, long maxRequests) throws Exception {
        ExecutorService pool = daemonPool(concurrency);
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.MILLISECONDS.toNanos(durationMs);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] samples = new long[1024];
                int n = 0;
                int i = client;
                while (System.nanoTime() < end && budget.getAndDecrement() > 0) {
                    HttpRequest request = target.request(i++);
                    long t = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        ok = target.accepts(r);
                        bytes.addAndGet(r.body().length());
                    } catch (IOException e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - t;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (n == samples.length) {
                        samples = Arrays.copyOf(samples, n * 2);
                    }
                    samples[n++] = took;
                }
                return Arrays.copyOf(samples, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get(durationMs + REQUEST_TIMEOUT.toMillis() + 10_000, TimeUnit.MILLISECONDS));
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdownNow();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Stats(merged, errors.get(), bytes.get(), elapsed);
    }

    /** Sign in through the login form and return the session cookie. */
    static String signIn(String base, String user, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no _csrf field on GET /login (status " + form.statusCode() + ")");
        }
        String csrf = m.group(1) != null ? m.group(1) : m.group(2);
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + r.statusCode() + " " + location);
        }
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("no JSESSIONID after sign-in"));
    }

    /** The API token from --token or, to keep it out of the process list, from BENCH_TOKEN. */
    static String token(Args a) {
        String t = a.get("token", System.getenv("BENCH_TOKEN"));
        if (t == null || t.isBlank()) {
            throw new IllegalArgumentException("the api scenario needs --token or BENCH_TOKEN");
        }
        return t;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** What one scenario requests and which answers it accepts. */
    record Target(String name, List<HttpRequest> requests, String mustContain) {

        static Target health(String base) {
            return new Target("GET /actuator/health", List.of(get(base + "/actuator/health").build()), "UP");
        }

        static Target api(String base, String token, List<String> parents) {
            List<HttpRequest> rs = parents.stream()
                    .map(code -> get(base + "/api/v1/jurisdictions?parent=" + code).header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json").build())
                    .toList();
            return new Target("GET /api/v1/jurisdictions?parent=...", rs, "\"code\"");
        }

        static Target page(String base, String session) {
            return new Target("GET /jurisdictions (HTML)", List.of(get(base + "/jurisdictions")
                    .header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html").build()), "Demo Province");
        }

        static Target html(String base, String path, String session, String mustContain) {
            return new Target("GET " + path + " (HTML)", List.of(get(base + path).header("Cookie", "JSESSIONID=" + session)
                    .header("Accept", "text/html").build()), mustContain);
        }

        static Target json(String base, String path, String token, String mustContain) {
            return new Target("GET " + path, List.of(get(base + path).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").build()), mustContain);
        }

        static HttpRequest.Builder get(String uri) {
            return HttpRequest.newBuilder(URI.create(uri)).timeout(REQUEST_TIMEOUT).GET();
        }

        HttpRequest request(int i) {
            return requests.get(Math.floorMod(i, requests.size()));
        }

        boolean accepts(HttpResponse<String> r) {
            return r.statusCode() == 200 && r.body().contains(mustContain);
        }

        /** Send every distinct request once and fail fast when one is not accepted. */
        void check(HttpClient http) throws Exception {
            for (HttpRequest r : requests) {
                HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                if (!accepts(response)) {
                    throw new IllegalStateException(name + ": " + r.uri() + " answered " + response.statusCode() + ": "
                            + response.body().substring(0, Math.min(300, response.body().length())));
                }
            }
        }
    }

    record Stats(long[] sortedNanos, long errors, long chars, long elapsedNanos) {

        static Stats merge(List<Stats> parts) {
            long[] all = parts.stream().flatMapToLong(p -> Arrays.stream(p.sortedNanos())).sorted().toArray();
            return new Stats(all, parts.stream().mapToLong(Stats::errors).sum(), parts.stream().mapToLong(Stats::chars).sum(),
                    parts.stream().mapToLong(Stats::elapsedNanos).sum());
        }

        double rps() {
            return sortedNanos.length / (elapsedNanos / 1e9);
        }

        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int idx = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(idx, sortedNanos.length - 1))] / 1e6;
        }

        void print(String scenario) {
            double rps = rps();
            double max = sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
            long meanChars = sortedNanos.length == 0 ? 0 : chars / sortedNanos.length;
            System.out.printf(Locale.ROOT, "%-11s n=%d errors=%d %.0f req/s  p50=%.2f ms  p90=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms"
                    + "  body=%d chars%n", scenario, sortedNanos.length, errors, rps, percentileMs(50), percentileMs(90),
                    percentileMs(95), percentileMs(99), max, meanChars);
            System.out.printf(Locale.ROOT, "RESULT %s.body_chars %d%n", scenario, meanChars);
            System.out.printf(Locale.ROOT, "RESULT %s.n %d%n", scenario, sortedNanos.length);
            System.out.printf(Locale.ROOT, "RESULT %s.errors %d%n", scenario, errors);
            System.out.printf(Locale.ROOT, "RESULT %s.rps %.1f%n", scenario, rps);
            System.out.printf(Locale.ROOT, "RESULT %s.p50_ms %.2f%n", scenario, percentileMs(50));
            System.out.printf(Locale.ROOT, "RESULT %s.p90_ms %.2f%n", scenario, percentileMs(90));
            System.out.printf(Locale.ROOT, "RESULT %s.p95_ms %.2f%n", scenario, percentileMs(95));
            System.out.printf(Locale.ROOT, "RESULT %s.p99_ms %.2f%n", scenario, percentileMs(99));
            System.out.printf(Locale.ROOT, "RESULT %s.max_ms %.2f%n", scenario, max);
        }
    }

    /** {@code --name value} arguments. */
    record Args(List<String> raw) {
        static Args parse(String[] args) {
            return new Args(List.of(args));
        }

        String get(String name, String fallback) {
            int i = raw.indexOf("--" + name);
            return i >= 0 && i + 1 < raw.size() ? raw.get(i + 1) : fallback;
        }

        String require(String name) {
            String v = get(name, null);
            if (v == null) {
                throw new IllegalArgumentException("missing --" + name);
            }
            return v;
        }
    }
}
