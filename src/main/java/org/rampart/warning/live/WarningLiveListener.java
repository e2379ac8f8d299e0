package org.rampart.warning.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One connection per node that {@code LISTEN}s for warning changes from every node (this one included) and hands
 * them to {@link WarningLiveStreams}. When the connection drops it reconnects with a growing pause, and then tells
 * every board to reload, since changes may have passed unheard meanwhile. Stops (and closes its connection) in the
 * lifecycle stop phase, before the data source and the embedded PostgreSQL are shut down.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "rampart.live.enabled", havingValue = "true", matchIfMissing = true)
class WarningLiveListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WarningLiveListener.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WAIT_MS = 500;
    /** A quiet connection is checked this often, so a silently dropped one is noticed. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);

    private final String url;
    private final String user;
    private final String password;
    private final WarningLiveStreams streams;
    private final WarningLiveSettings settings;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile int backendPid;
    private volatile int connects;

    WarningLiveListener(Environment env, WarningLiveStreams streams, WarningLiveSettings settings) {
        this.url = env.getRequiredProperty("spring.datasource.url");
        this.user = env.getProperty("spring.datasource.username");
        this.password = env.getProperty("spring.datasource.password");
        this.streams = streams;
        this.settings = settings;
    }

    /** The PostgreSQL backend process of the listening connection, or 0 while disconnected (for tests). */
    int backendPid() {
        return backendPid;
    }

    /** How many times the listener has connected (for tests). */
    int connects() {
        return connects;
    }

    private void run() {
        long pause = 250;
        while (running) {
            try (Connection c = connect()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + WarningLiveSettings.CHANNEL);
                    try (var r = s.executeQuery("select pg_backend_pid()")) {
                        r.next();
                        backendPid = r.getInt(1);
                    }
                }
                if (connects++ > 0) {
                    LOG.info("live warning listener reconnected");
                    streams.deliver(WarningLiveChange.resync());
                }
                pause = 250;
                listen(c);
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (!running) {
                    break;
                }
                LOG.warn("live warning listener lost its connection ({}); reconnecting in {} ms", e.toString(), pause);
                sleep(pause);
                pause = Math.min(pause * 2, settings.reconnectMax().toMillis());
            }
        }
        backendPid = 0;
    }

    /**
     * A connection of its own rather than one from the pool: it is held for the node's lifetime, and one that the
     * server dropped must be thrown away, never handed back to the pool for a request to stumble on.
     */
    private Connection connect() throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "rampart-live");
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(url, props);
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notes = pg.getNotifications(WAIT_MS);
            if (notes != null && notes.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification n : notes) {
                    dispatch(n.getParameter());
                }
            } else if (System.nanoTime() - quietSince > CHECK_EVERY.toNanos()) {
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void dispatch(String payload) {
        try {
            streams.deliver(JSON.readValue(payload, WarningLiveChange.class));
        } catch (RuntimeException e) {
            LOG.debug("ignoring a live warning message that is not understood: {}", payload);
        }
    }

    /** Sleep in short steps, so that stopping never waits for a long reconnect pause. */
    private void sleep(long ms) {
        long until = System.nanoTime() + ms * 1_000_000;
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, ms));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::run, "rampart-live-listener");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop after the streams (higher phases stop first) and long before the data source is closed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
