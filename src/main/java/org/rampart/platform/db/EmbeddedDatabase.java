package org.rampart.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL server that Rampart runs when no external database is configured.
 *
 * <p>One instance per JVM. Its data lives in {@code <data dir>/pg}, so a restart keeps everything.
 * A server left running by a Rampart process that was killed is detected by its
 * {@code postmaster.pid} and stopped before a new one starts.
 */
public final class EmbeddedDatabase {

    private static final String LOCK_FILE = "epg-lock";

    private static volatile EmbeddedDatabase instance;

    private final Path directory;
    private final int port;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path directory, int port, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.port = port;
        this.postgres = postgres;
    }

    /** Where a database is reachable: the JDBC URL and whether this process owns the server. */
    public record Connection(String url, String user, boolean owned, Path directory) {
    }

    /**
     * Start (or reuse) the embedded server for the given data directory.
     *
     * @param dataDir the Rampart data directory, never null
     * @param fresh delete any existing database first (tests)
     * @param shareRunning when another Rampart process holds the directory, connect to its server
     *     instead of failing (the command-line tools do this)
     */
    public static synchronized Connection obtain(Path dataDir, boolean fresh, boolean shareRunning) {
        if (instance != null) {
            return new Connection(instance.url(), "postgres", true, instance.directory);
        }
        Path dir = dataDir.toAbsolutePath().normalize().resolve("pg");
        try {
            Files.createDirectories(dir);
            Optional<Integer> runningPort = portOfRunningOwner(dir);
            if (runningPort.isPresent()) {
                if (shareRunning) {
                    say("The Rampart server holds " + dir + "; using its database on port " + runningPort.get());
                    return new Connection(jdbcUrl(runningPort.get()), "postgres", false, dir);
                }
                throw new DatabaseStartException("Another Rampart process is running with the data directory "
                        + dataDir.toAbsolutePath() + ". Stop it first, or set RAMPART_DATA_DIR to another directory.");
            }
            stopOrphanedServer(dir);
            if (fresh) {
                deleteRecursively(dir);
                Files.createDirectories(dir);
            }
            int port = Integer.getInteger("rampart.db.port", 0) > 0 ? Integer.getInteger("rampart.db.port") : freePort();
            boolean cold = !Files.exists(dir.resolve("postgresql.conf"));
            long started = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            instance = new EmbeddedDatabase(dir, port, pg);
            say("Embedded PostgreSQL " + (cold ? "initialised and started" : "started") + " on port " + port + " with data in "
                    + dir + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
            return new Connection(instance.url(), "postgres", true, dir);
        } catch (IOException e) {
            throw new DatabaseStartException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            if ("Missing embedded postgres binaries".equals(e.getMessage())) {
                throw new DatabaseStartException("This Rampart jar carries no embedded PostgreSQL for this machine ("
                        + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + "): a jar holds the"
                        + " binaries of the machine that built it. Build the jar on this machine (./mvnw -DskipTests"
                        + " package), or one for every platform (./mvnw -DskipTests package -Pall-platforms), or use an"
                        + " external PostgreSQL (set RAMPART_DB_URL, RAMPART_DB_USER and RAMPART_DB_PASSWORD).", e);
            }
            throw new DatabaseStartException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage()
                    + ". See the PostgreSQL log in " + dir.resolve("log") + " if it exists.", e);
        }
    }

    private static int leases;
    private static boolean stopWhenReleased;

    /** Count an application context that uses the database. */
    static synchronized void acquire() {
        leases++;
    }

    /** An application context closed its data source: stop the server when the JVM is shutting down and none is left. */
    static synchronized void release() {
        leases = Math.max(0, leases - 1);
        if (leases == 0 && stopWhenReleased) {
            shutdown();
        }
        EmbeddedDatabase.class.notifyAll();
    }

    /**
     * Stop the server once no application context uses it any more, waiting up to the timeout (JVM shutdown hooks
     * run side by side, so the contexts may still be closing).
     */
    static synchronized void shutdownWhenReleased(java.time.Duration timeout) {
        stopWhenReleased = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (leases > 0 && System.nanoTime() < deadline) {
            try {
                EmbeddedDatabase.class.wait(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        shutdown();
    }

    /** Stop the embedded server if this process started one. */
    public static synchronized void shutdown() {
        EmbeddedDatabase db = instance;
        instance = null;
        if (db != null) {
            try {
                db.postgres.close();
            } catch (IOException e) {
                say("stopping the embedded PostgreSQL failed: " + e.getMessage());
            }
        }
    }

    /** Tell the operator: this runs before the logging system is set up, so it goes to standard error. */
    private static void say(String message) {
        System.err.println("rampart: " + message);
    }

    private String url() {
        return jdbcUrl(port);
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The port of the server when another live process holds the directory's lock, else empty. */
    private static Optional<Integer> portOfRunningOwner(Path dir) throws IOException {
        Path lock = dir.resolve(LOCK_FILE);
        if (!Files.exists(lock)) {
            return Optional.empty();
        }
        try (RandomAccessFile file = new RandomAccessFile(lock.toFile(), "rw");
                FileChannel channel = file.getChannel()) {
            FileLock held = channel.tryLock();
            if (held != null) {
                held.release();
                return Optional.empty();
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return Optional.empty();
        }
        return readPostmaster(dir).map(PostmasterPid::port);
    }

    private record PostmasterPid(long pid, int port) {
    }

    private static Optional<PostmasterPid> readPostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A Rampart process killed with SIGKILL leaves its PostgreSQL running: stop it, so that the new one can start.
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Optional<PostmasterPid> pid = readPostmaster(dir);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get().pid()).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (process.isEmpty()) {
            say("Removing the stale PostgreSQL lock file of a process that no longer runs (pid " + pid.get().pid() + ")");
            Files.deleteIfExists(dir.resolve("postmaster.pid"));
            return;
        }
        say("Found the embedded PostgreSQL (pid " + pid.get().pid() + ") still running after Rampart stopped uncleanly; stopping it");
        ProcessHandle handle = process.get();
        handle.destroy();
        if (!waitForExit(handle, Duration.ofSeconds(30))) {
            handle.destroyForcibly();
            if (!waitForExit(handle, Duration.ofSeconds(10))) {
                throw new DatabaseStartException("A PostgreSQL server (pid " + pid.get().pid() + ") left over from an earlier run still holds "
                        + dir + " and could not be stopped. Stop it by hand (kill " + pid.get().pid() + ") and start Rampart again.");
            }
        }
    }

    private static boolean waitForExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !handle.isAlive();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
