import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Launch the Rampart server once and time it from process launch to the first {@code /actuator/health} UP and to
 * the "Rampart is running" line, then stop it (SIGTERM, then SIGKILL after the stop timeout) and time the stop.
 *
 * <p>Usage: {@code java bench/Startup.java --jar target/rampart.jar --data-dir DIR --port PORT --log FILE
 * --pid-file FILE --label NAME [--timeout-s 300] [--stop-timeout-s 60]}
 *
 * <p>Prints {@code RESULT <label>.health_ms <n>}, {@code RESULT <label>.running_ms <n>} and
 * {@code RESULT <label>.stop_ms <n>}. The server's pid is in the pid file while it runs, so that the driver can
 * kill it if this program itself is killed.
 */
public class Startup {

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        String jar = a.get("jar", "target/rampart.jar");
        Path dataDir = Path.of(a.require("data-dir"));
        int port = Integer.parseInt(a.require("port"));
        Path log = Path.of(a.require("log"));
        Path pidFile = Path.of(a.require("pid-file"));
        String label = a.get("label", "start");
        long timeoutMs = Long.parseLong(a.get("timeout-s", "300")) * 1000;
        long stopTimeoutMs = Long.parseLong(a.get("stop-timeout-s", "60")) * 1000;

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-jar", jar);
        pb.environment().put("SERVER_PORT", Integer.toString(port));
        pb.environment().put("SERVER_ADDRESS", "127.0.0.1");
        pb.environment().put("RAMPART_DATA_DIR", dataDir.toString());
        pb.redirectErrorStream(true);

        long t0 = System.nanoTime();
        Process server = pb.start();
        Files.writeString(pidFile, Long.toString(server.pid()));

        AtomicLong runningAt = new AtomicLong(-1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch outputClosed = new CountDownLatch(1);
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (runningAt.get() < 0 && line.contains("Rampart is running at")) {
                        runningAt.set(System.nanoTime());
                        running.countDown();
                    }
                    out.println(line);
                }
            } catch (IOException e) {
                System.err.println("startup: reading the server output failed: " + e.getMessage());
            } finally {
                outputClosed.countDown();
                running.countDown();
            }
        }, "server-output");
        pump.setDaemon(true);
        pump.start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long healthAt = -1;
        long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        // Poll every 50 ms, bounded by the timeout and by the server being alive.
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    healthAt = System.nanoTime();
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        long remaining = Math.max(0, deadline - System.nanoTime());
        running.await(remaining, TimeUnit.NANOSECONDS);

        boolean ok = healthAt > 0 && runningAt.get() > 0;
        if (healthAt > 0) {
            System.out.println("RESULT " + label + ".health_ms " + (healthAt - t0) / 1_000_000);
        }
        if (runningAt.get() > 0) {
            System.out.println("RESULT " + label + ".running_ms " + (runningAt.get() - t0) / 1_000_000);
        }
        if (!ok) {
            System.err.println("startup: " + label + ": the server did not become healthy and print its URL within "
                    + timeoutMs / 1000 + " s (alive: " + server.isAlive() + "); see " + log);
        }
        long s0 = System.nanoTime();
        server.toHandle().destroy(); // SIGTERM; unlike Process.destroy() it leaves the output open to read to the end
        boolean stopped = server.waitFor(stopTimeoutMs, TimeUnit.MILLISECONDS);
        if (stopped) {
            System.out.println("RESULT " + label + ".stop_ms " + (System.nanoTime() - s0) / 1_000_000);
        } else {
            System.err.println("startup: " + label + ": no exit " + stopTimeoutMs / 1000 + " s after SIGTERM; killing it");
            server.toHandle().destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        outputClosed.await(5, TimeUnit.SECONDS);
        Files.deleteIfExists(pidFile);
        System.exit(ok && stopped ? 0 : 1);
    }

    /** {@code --name value} and {@code --flag} arguments. */
    record Args(List<String> raw) {
        static Args parse(String[] args) {
            return new Args(new ArrayList<>(List.of(args)));
        }

        boolean has(String name) {
            return raw.contains("--" + name);
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
