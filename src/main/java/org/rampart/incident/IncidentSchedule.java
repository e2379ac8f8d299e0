package org.rampart.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Run the timed passes over incidents every {@code rampart.incident.poll} (30s by default). Off when
 * {@code rampart.scheduling.enabled=false} (the command-line tools and the tests, which call the passes themselves).
 */
@Component
@ConditionalOnProperty(name = "rampart.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class IncidentSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentSchedule.class);

    private final IncidentTimers timers;
    private final Clock clock;

    IncidentSchedule(IncidentTimers timers, Optional<Clock> clock) {
        this.timers = timers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${rampart.incident.poll:30s}", initialDelayString = "${rampart.incident.poll:30s}")
    void run() {
        Instant now = clock.instant();
        pass("overdue", () -> timers.overdue(now));
        pass("supplementary", () -> timers.supplementary(now));
        pass("follow-up", () -> timers.followUps(now));
    }

    private static void pass(String name, IntSupplier pass) {
        try {
            int n = pass.getAsInt();
            if (n > 0) {
                LOG.info("incident {} pass: {} reminder(s)", name, n);
            }
        } catch (RuntimeException e) {
            LOG.error("incident {} pass failed", name, e);
        }
    }
}
