package org.rampart.warning.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.rampart.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open live streams of this node: one server-sent event stream per open warnings board, each knowing the scope
 * of the user who opened it. Changes arriving from {@link WarningLiveListener} go only to the streams whose scope
 * covers the changed warning's jurisdiction. Streams are bounded per node and per user, get a heartbeat comment so
 * proxies keep them open, and are closed when the node stops (so a graceful shutdown does not wait for them).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "rampart.live.enabled", havingValue = "true", matchIfMissing = true)
public class WarningLiveStreams implements SmartLifecycle {

    /** Why a stream was not opened. */
    public static final class TooManyStreamsException extends RuntimeException {
        TooManyStreamsException(String message) {
            super(message);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WarningLiveStreams.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The session the stream was opened under (null for a bearer token), and whether its credentials still hold. */
    private record Stream(String username, String scopePath, String sessionId, BooleanSupplier stillSignedIn) {
    }

    private final WarningLiveSettings settings;
    private final Map<SseEmitter, Stream> streams = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile ScheduledExecutorService heartbeat;
    private volatile ExecutorService sender;
    private volatile boolean running;

    WarningLiveStreams(WarningLiveSettings settings) {
        this.settings = settings;
    }

    /**
     * Open a stream for the actor; it receives a {@code ready} event at once, then a {@code warning} event (JSON
     * data) for each change in the actor's scope, until the session it was opened under ends ({@link
     * #sessionEnded}) or, asked at each heartbeat, {@code stillSignedIn} says its credentials no longer hold (user
     * deactivated, token revoked). Throws {@link TooManyStreamsException} over the limits.
     */
    public SseEmitter open(Actor actor, String sessionId, BooleanSupplier stillSignedIn) {
        if (!running) {
            throw new TooManyStreamsException("live updates are stopping");
        }
        synchronized (streams) {
            if (streams.size() >= settings.maxStreams()) {
                throw new TooManyStreamsException("this node already holds " + settings.maxStreams() + " live streams");
            }
            long mine = streams.values().stream().filter(s -> s.username().equals(actor.username())).count();
            if (mine >= settings.maxStreamsPerUser()) {
                throw new TooManyStreamsException("you already hold " + settings.maxStreamsPerUser() + " live streams");
            }
            SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
            streams.put(emitter, new Stream(actor.username(), actor.scopePath(), sessionId, stillSignedIn));
            emitter.onCompletion(() -> streams.remove(emitter));
            emitter.onTimeout(() -> close(emitter));
            emitter.onError(e -> streams.remove(emitter));
            try {
                emitter.send(SseEmitter.event().name("ready").reconnectTime(5000).data("{}", MediaType.APPLICATION_JSON));
            } catch (IOException e) {
                streams.remove(emitter);
            }
            return emitter;
        }
    }

    /** The number of open streams on this node. */
    public int size() {
        return streams.size();
    }

    /** The number of change events sent to streams since the start (for tests and metrics). */
    int sent() {
        return sent.get();
    }

    /** Fan a change out to the streams whose scope covers it; a resync goes to every stream. */
    void deliver(WarningLiveChange change) {
        ExecutorService out = sender;
        if (out == null || change.path() == null) {
            return;
        }
        boolean everyone = WarningLiveChange.RESYNC.equals(change.change());
        boolean many = WarningLiveChange.MANY.equals(change.change());
        String data = JSON.writeValueAsString(change);
        for (Map.Entry<SseEmitter, Stream> e : streams.entrySet()) {
            String scope = e.getValue().scopePath();
            String payload;
            if (everyone || change.path().startsWith(scope)) {
                payload = data;
            } else if (many && scope.startsWith(change.path())) {
                // A batch announced for a wider subtree may touch this narrower scope: say that something may
                // have changed here, without the count, which includes changes outside the scope.
                payload = JSON.writeValueAsString(WarningLiveChange.many(scope, 0).withoutCount());
            } else {
                continue;
            }
            SseEmitter emitter = e.getKey();
            submit(out, emitter, () -> {
                emitter.send(SseEmitter.event().name("warning").data(payload, MediaType.APPLICATION_JSON));
                sent.incrementAndGet();
            });
        }
    }

    private interface Send {
        void run() throws IOException;
    }

    /**
     * Writes happen on one sender thread, so the listener never blocks on a slow client; a stream whose write fails
     * (the browser went away) is dropped.
     */
    private void submit(ExecutorService out, SseEmitter emitter, Send send) {
        try {
            out.execute(() -> {
                if (!streams.containsKey(emitter)) {
                    return;
                }
                try {
                    send.run();
                } catch (IOException | IllegalStateException e) {
                    // The browser went away; the container completes the request itself, so no completeWithError
                    // (which would report a client leaving as a server error).
                    streams.remove(emitter);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("live stream queue full or stopped; a board will catch up at its next change");
        }
    }

    /** End at once the streams opened under this session (sign-out, expiry, invalidation). */
    void sessionEnded(String sessionId) {
        for (Map.Entry<SseEmitter, Stream> e : streams.entrySet()) {
            if (sessionId.equals(e.getValue().sessionId())) {
                close(e.getKey());
            }
        }
    }

    /** The session's id changed (a new sign-in in the same session): its streams follow. */
    void sessionIdChanged(String oldId, String newId) {
        streams.replaceAll((emitter, s) -> oldId.equals(s.sessionId())
                ? new Stream(s.username(), s.scopePath(), newId, s.stillSignedIn()) : s);
    }

    private void close(SseEmitter emitter) {
        if (streams.remove(emitter) != null) {
            emitter.complete();
        }
    }

    /** A heartbeat for each stream whose credentials still hold; the others end (package-private for tests). */
    void beat() {
        ExecutorService out = sender;
        if (out == null) {
            return;
        }
        for (Map.Entry<SseEmitter, Stream> e : List.copyOf(streams.entrySet())) {
            SseEmitter emitter = e.getKey();
            if (!stillSignedIn(e.getValue())) {
                close(emitter);
                continue;
            }
            submit(out, emitter, () -> emitter.send(SseEmitter.event().comment("heartbeat")));
        }
    }

    private static boolean stillSignedIn(Stream stream) {
        try {
            return stream.stillSignedIn().getAsBoolean();
        } catch (RuntimeException e) {
            // the database is unreachable: keep the stream, it carries nothing until changes flow again
            LOG.debug("could not check a live stream's sign-in: {}", e.toString());
            return true;
        }
    }

    @Override
    public void start() {
        sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(10_000),
                r -> daemon(r, "rampart-live-send"));
        ScheduledThreadPoolExecutor beats = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "rampart-live-heartbeat"));
        long every = settings.heartbeat().toMillis();
        beats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        heartbeat = beats;
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        for (SseEmitter emitter : List.copyOf(streams.keySet())) {
            close(emitter);
        }
        if (sender != null) {
            sender.shutdownNow();
        }
        sender = null;
        heartbeat = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the web server's graceful shutdown begins, which would otherwise wait for the open streams. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
