package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The board cache against the real marker: a kept result is answered while nothing changed; once older than the
 * setting it is still answered at once while one recomputation runs in the background, and the fresh result then
 * replaces it; with the setting 0 every request computes.
 */
@IntegrationTest
class BoardCacheIntegrationTests {

    @Autowired
    BoardRepository repository;
    @Autowired
    PlatformTransactionManager transactions;

    private BoardCache cache;

    @AfterEach
    void stop() {
        if (cache != null) {
            cache.destroy();
        }
    }

    @Test
    void aResultOlderThanTheSettingIsAnsweredWhileOneRecomputationReplacesIt() throws Exception {
        cache = new BoardCache(repository, transactions, new BoardSettings(3, 3, 1));
        AtomicInteger computed = new AtomicInteger();
        Object question = "cache-test-" + System.nanoTime();

        assertThat(cache.<Integer>get(question, computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>get(question, computed::incrementAndGet)).isEqualTo(1);
        assertThat(computed).hasValue(1);

        Thread.sleep(1_100);
        // Old: the kept result is answered at once, and one recomputation starts however many ask.
        assertThat(cache.<Integer>get(question, computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>get(question, computed::incrementAndGet)).isIn(1, 2);
        long until = System.nanoTime() + 30_000_000_000L;
        while (cache.<Integer>get(question, computed::incrementAndGet) != 2 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(cache.<Integer>get(question, computed::incrementAndGet)).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void withTheSettingZeroEveryRequestComputes() {
        cache = new BoardCache(repository, transactions, new BoardSettings(3, 3, 0));
        AtomicInteger computed = new AtomicInteger();
        cache.get("q", computed::incrementAndGet);
        cache.get("q", computed::incrementAndGet);
        assertThat(computed).hasValue(2);
    }
}
