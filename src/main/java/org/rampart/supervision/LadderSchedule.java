package org.rampart.supervision;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Run the supervision ladder's timer pass every {@code rampart.supervision.ladder.poll} (10 minutes). Off when
 * {@code rampart.scheduling.enabled=false} (the command-line tools and the tests, which call the pass themselves).
 */
@Component
@ConditionalOnProperty(name = "rampart.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class LadderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(LadderSchedule.class);

    private final LadderTimers timers;
    private final Clock clock;

    LadderSchedule(LadderTimers timers, Optional<Clock> clock) {
        this.timers = timers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${rampart.supervision.ladder.poll:10m}",
            initialDelayString = "${rampart.supervision.ladder.poll:1m}")
    void run() {
        try {
            int n = timers.pass(clock.instant());
            if (n > 0) {
                LOG.info("supervision ladder pass: {} step(s)", n);
            }
        } catch (RuntimeException e) {
            LOG.error("supervision ladder pass failed", e);
        }
    }
}
