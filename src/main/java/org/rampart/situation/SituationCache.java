package org.rampart.situation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps what the situation picture computed while nothing it reads has changed. Every change of a row of the tables
 * the picture reads (risks, assessments, domains, the matrix, warnings, jurisdictions) draws a number from the
 * {@code situation_change} sequence (V56); a result is kept under the sequence's value read before it was computed,
 * so the first request after a change computes afresh, on every node. A result also expires after
 * {@code rampart.situation.cache-seconds} (default 10; 0 turns keeping off): that bounds how late a change can show
 * when it commits while a picture is being computed (its number was drawn before the picture's snapshot, its rows
 * became visible after it).
 *
 * <p>Keys always hold the caller's scope path: a result is shared only by callers who may see exactly the same rows.
 * Concurrent requests for the same key wait for one computation instead of each running the same queries. Each
 * computation runs in one read-only, repeatable-read transaction, so all figures of a result come from one snapshot.
 */
@Component
class SituationCache {

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final Cache<Key, Object> cache;

    SituationCache(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${rampart.situation.cache-seconds:10}") long seconds,
            @Value("${rampart.situation.cache-entries:2000}") long entries, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        if (seconds > 0) {
            this.cache = Caffeine.newBuilder().maximumSize(entries).expireAfterWrite(Duration.ofSeconds(seconds))
                    .recordStats().build();
            meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, cache, "situation"));
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
        return (T) cache.get(new Key(query, version), k -> snapshot.execute(status -> compute.get()));
    }

    /** How many results are kept now (for tests and the metrics endpoint). */
    long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }
}
