package org.rampart.supervision;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a computed board or scorecard while no task, history entry or directive receipt changed. A result is kept
 * under its question (which always holds the asker's scope path and unit, so only askers who see exactly the same tasks
 * share it) and under a marker read before computing it: the last history entry, the last task, the last task update,
 * the last directive receipt and the last confirmation of one. A change
 * gives a new marker, so the next request computes afresh. A result also expires after
 * {@code rampart.supervision.board.cache-seconds} (10; 0 keeps nothing), which bounds how late a change can show when
 * its transaction commits after a later one. Each computation runs in its own read-only, repeatable-read transaction:
 * all figures of a result come from one snapshot, never from a caller's uncommitted rows.
 */
@Component
class BoardCache {

    private final BoardRepository repository;
    private final TransactionTemplate snapshot;
    private final Cache<Key, Object> cache;

    BoardCache(BoardRepository repository, PlatformTransactionManager transactions, BoardSettings settings) {
        this.repository = repository;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cache = settings.cacheSeconds() == 0 ? null : Caffeine.newBuilder().maximumSize(500)
                .expireAfterWrite(Duration.ofSeconds(settings.cacheSeconds())).build();
    }

    private record Key(Object question, String marker) {
    }

    /** The result for a question: kept while nothing changed, otherwise computed in one read-only snapshot. */
    @SuppressWarnings("unchecked")
    <T> T get(Object question, Supplier<T> compute) {
        if (cache == null) {
            return snapshot.execute(status -> compute.get());
        }
        Key key = new Key(question, repository.marker());
        return (T) cache.get(key, k -> snapshot.execute(status -> compute.get()));
    }
}
