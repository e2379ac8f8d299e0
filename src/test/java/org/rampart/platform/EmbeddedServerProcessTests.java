package org.rampart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server as a user runs it, in its own process with the embedded database: first start loads the demo, the
 * command line works beside the running server, a killed server's PostgreSQL is cleaned up at the next start,
 * and data survive restarts.
 */
class EmbeddedServerProcessTests {

    private final List<Process> started = new ArrayList<>();
    private final List<Path> dataDirs = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        for (Path dir : dataDirs) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir.toFile());
        }
    }

    private Path newDataDir() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "process-test-").toAbsolutePath();
        dataDirs.add(dir);
        return dir;
    }

    @Test
    void survivesKillMinusNineAndKeepsItsData() throws Exception {
        Path dataDir = newDataDir();
        int port = freePort();

        Server first = start(dataDir, port);
        first.awaitLine("Rampart is running at", 180);
        assertThat(first.output()).contains("First start: loading Demo Province").contains("viewer.province");
        assertThat(health(port)).contains("\"UP\"");

        Cli token = cli(dataDir, "token", "create", "--username", "viewer.province", "--name", "process-test", "--days", "1");
        assertThat(token.exitCode()).as(token.output()).isZero();
        String secret = token.lastLine();
        assertThat(secret).startsWith("rmp_");
        assertThat(get(port, "/api/v1/jurisdictions/DP", secret)).isEqualTo(200);

        long postgresPid = postmasterPid(dataDir);
        first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive)).as("PostgreSQL outlives a killed server")
                .contains(true);

        Server second = start(dataDir, port);
        second.awaitLine("Rampart is running at", 180);
        assertThat(second.output()).doesNotContain("First start: loading Demo Province")
                .contains("still running after Rampart stopped uncleanly");
        assertThat(exited(postgresPid)).as("the orphaned PostgreSQL was stopped").isTrue();
        assertThat(health(port)).contains("\"UP\"");
        assertThat(get(port, "/api/v1/jurisdictions/DP", secret)).as("the token survived the restart").isEqualTo(200);

        Cli verify = cli(dataDir, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("Audit log intact");

        long secondPostgres = postmasterPid(dataDir);
        second.process().destroy();
        assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(exited(secondPostgres)).as("a clean stop stops PostgreSQL too").isTrue();
    }

    @Test
    void aSecondServerOnTheSameDataDirectorySaysSoClearly() throws Exception {
        Path dataDir = newDataDir();
        Server first = start(dataDir, freePort(), "--rampart.demo.auto=false");
        first.awaitLine("Rampart is running at", 180);
        Server second = start(dataDir, freePort(), "--rampart.demo.auto=false");
        assertThat(second.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.process().exitValue()).isNotZero();
        assertThat(second.output()).contains("Another Rampart process is running with the data directory");
    }

    // --- helpers ---

    record Server(Process process, List<String> lines) {

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        void awaitLine(String text, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                if (output().contains(text)) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("server exited with " + process.exitValue() + ":\n" + output());
                }
                Thread.sleep(200);
            }
            throw new AssertionError("no '" + text + "' within " + seconds + " s:\n" + output());
        }
    }

    record Cli(int exitCode, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    private Server start(Path dataDir, int port, String... args) throws IOException {
        List<String> command = javaCommand();
        command.add("serve");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        environment(pb, dataDir).put("SERVER_PORT", String.valueOf(port));
        Process process = pb.start();
        started.add(process);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new Server(process, lines);
    }

    private Cli cli(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> command = javaCommand();
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        environment(pb, dataDir);
        Process process = pb.start();
        started.add(process);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli(process.exitValue(), output);
    }

    private static java.util.Map<String, String> environment(ProcessBuilder pb, Path dataDir) {
        java.util.Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("RAMPART_"));
        env.put("RAMPART_DATA_DIR", dataDir.toString());
        return env;
    }

    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.rampart.RampartApplication");
        return command;
    }

    /** Wait up to 15 s for a process to end; true when it has. */
    private static boolean exited(long pid) throws Exception {
        var handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return true;
        }
        try {
            handle.get().onExit().get(15, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
    }

    private String health(int port) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private int get(int port, String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
