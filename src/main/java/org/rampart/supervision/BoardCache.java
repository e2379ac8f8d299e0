package org.rampart.supervision;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a computed board or scorecard while no task, history entry or directive receipt changed. A result is kept
 * under its question (which always holds the asker's scope path and unit, so only askers who see exactly the same tasks
 * share it) and under a marker read before computing it: the last history entry, the last task, the last task update,
 * the last directive receipt and the last confirmation of one. A change gives a new marker, so the next request
 * computes afresh.
 * <p>A result older than {@code rampart.supervision.board.cache-seconds} (10; 0 keeps nothing) is still answered, but
 * the first request that finds it so old starts computing it again in the background (one computation per result at a
 * time); the fresh result replaces it when done. A result is dropped {@code 2 × cache-seconds} after it was computed.
 * Together these bound how late a change can show when its transaction commits after a later one (its marker is then
 * not new) to about twice the setting, while askers never wait for a recomputation that nothing asked for. Each
 * computation runs in its own read-only, repeatable-read transaction: all figures of a result come from one snapshot,
 * never from a caller's uncommitted rows.
 */
@Component
class BoardCache implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BoardCache.class);

    private final BoardRepository repository;
    private final TransactionTemplate snapshot;
    private final Cache<Key, Kept> cache;
    private final long freshNanos;
    private final ThreadPoolExecutor refresher;

    BoardCache(BoardRepository repository, PlatformTransactionManager transactions, BoardSettings settings) {
        this.repository = repository;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshNanos = Duration.ofSeconds(settings.cacheSeconds()).toNanos();
        this.cache = settings.cacheSeconds() == 0 ? null : Caffeine.newBuilder().maximumSize(500)
                .expireAfterWrite(Duration.ofSeconds(2L * settings.cacheSeconds())).build();
        this.refresher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "supervision-board-refresh");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    private record Key(Object question, String marker) {
    }

    /** A kept result, when it was computed, and whether a recomputation of it is under way. */
    private record Kept(Object value, long computedAt, AtomicBoolean refreshing) {

        Kept(Object value) {
            this(value, System.nanoTime(), new AtomicBoolean());
        }
    }

    /** The result for a question: kept while nothing changed, otherwise computed in one read-only snapshot. */
    @SuppressWarnings("unchecked")
    <T> T get(Object question, Supplier<T> compute) {
        if (cache == null) {
            return compute(compute);
        }
        Key key = new Key(question, repository.marker());
        Kept kept = cache.get(key, k -> new Kept(compute(compute)));
        if (System.nanoTime() - kept.computedAt() > freshNanos && kept.refreshing().compareAndSet(false, true)) {
            refresh(refresher, key, kept, compute);
        }
        return (T) kept.value();
    }

    private void refresh(Executor executor, Key key, Kept stale, Supplier<?> compute) {
        executor.execute(() -> {
            try {
                cache.asMap().replace(key, stale, new Kept(compute(compute)));
            } catch (RuntimeException e) {
                log.warn("recomputing a supervision board or scorecard failed; the kept one stays: {}", e.toString());
                stale.refreshing().set(false);
            }
        });
    }

    private <T> T compute(Supplier<T> compute) {
        return snapshot.execute(status -> compute.get());
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
