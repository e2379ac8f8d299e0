package org.rampart.situation;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps what the situation picture computed while nothing it reads has changed. Every committed change of a row the
 * picture reads (risks, assessments, domains, the matrix, jurisdictions, and a warning's level, state, place or
 * domain) draws a number from the {@code situation_change} sequence when its transaction commits (V56-V58); a result
 * is kept under the sequence's value read before it was computed, so the first request after a change computes
 * afresh, on every node. A result also expires after {@code rampart.situation.cache-seconds} (default 10; 0 turns
 * keeping off): that bounds how late a change can show in the one case the number cannot catch, a commit in the
 * instant between its trigger drawing the number and its rows becoming visible, while a picture is being computed.
 *
 * <p>Keys always hold the caller's scope path: a result is shared only by callers who may see exactly the same rows.
 * Concurrent requests for the same key wait for one computation instead of each running the same queries; the
 * computation runs on the first caller's thread, outside any lock of the cache. Each runs in a new read-only,
 * repeatable-read transaction, so all figures of a result come from one snapshot of committed data. At most
 * {@code rampart.situation.cache-entries} (default 500) results are kept.
 */
@Component
class SituationCache {

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final AsyncCache<Key, Object> cache;

    SituationCache(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${rampart.situation.cache-seconds:10}") long seconds,
            @Value("${rampart.situation.cache-entries:500}") long entries, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // never join a caller's transaction: its uncommitted rows must not be kept for everybody in the scope
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (seconds > 0) {
            this.cache = Caffeine.newBuilder().maximumSize(entries).expireAfterWrite(Duration.ofSeconds(seconds))
                    .recordStats().buildAsync();
            meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, cache.synchronous(), "situation"));
        } else {
            this.cache = null;
        }
    }

    /**
     * What a cached result is asked for: its kind, the caller's scope path and the parameters as given (normalised).
     * The sequence's value is added when the result is looked up.
     */
    record Query(String kind, String scope, String jurisdiction, String domain, boolean residual, Object day1,
            Object day2) {
    }

    private record Key(Query query, long version) {
    }

    /** What a failed computation gives those who waited for it (a failed future would be logged as an error). */
    private record Failure(RuntimeException error) {
    }

    /**
     * Return the result for a query: kept when nothing changed since it was computed, otherwise computed by
     * {@code compute} in one read-only snapshot. Exceptions of the computation reach the caller and keep nothing.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Query query, Supplier<T> compute) {
        if (cache == null) {
            return snapshot.execute(status -> compute.get());
        }
        long version = jdbc.sql("select last_value from situation_change").query(Long.class).single();
        Key key = new Key(query, version);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> kept = cache.asMap().putIfAbsent(key, mine);
        if (kept == null) {
            Object value;
            try {
                value = snapshot.execute(status -> compute.get());
            } catch (RuntimeException e) {
                // not kept; those waiting get the same answer (bad input names its field)
                cache.asMap().remove(key, mine);
                mine.complete(new Failure(e));
                throw e;
            } catch (Error e) {
                cache.asMap().remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            mine.complete(value);
            return (T) value;
        }
        Object value = kept.join();
        if (value instanceof Failure failure) {
            throw failure.error();
        }
        return (T) value;
    }
}
