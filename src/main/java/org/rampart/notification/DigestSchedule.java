package org.rampart.notification;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Look for the day's digests every {@code rampart.notification.digest.poll} (5 minutes). Off when
 * {@code rampart.scheduling.enabled=false} (the command-line tools and the tests, which call the pass themselves).
 */
@Component
@ConditionalOnProperty(name = "rampart.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class DigestSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

    private final DigestPass pass;
    private final Clock clock;

    DigestSchedule(DigestPass pass, Optional<Clock> clock) {
        this.pass = pass;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${rampart.notification.digest.poll:5m}",
            initialDelayString = "${rampart.notification.digest.poll:5m}")
    void run() {
        try {
            int n = pass.send(clock.instant());
            if (n > 0) {
                LOG.info("daily digest pass: {} digest(s)", n);
            }
        } catch (RuntimeException e) {
            LOG.error("daily digest pass failed", e);
        }
    }
}
