package org.rampart.warning;

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
 * Run the timed passes over warnings every {@code rampart.warning.escalation-poll} (15s by default): escalation,
 * reminders and the search for missing data. Off when {@code rampart.scheduling.enabled=false} (the command-line
 * tools).
 */
@Component
@ConditionalOnProperty(name = "rampart.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class WarningSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(WarningSchedule.class);

    private final WarningTimers timers;
    private final Clock clock;

    WarningSchedule(WarningTimers timers, Optional<Clock> clock) {
        this.timers = timers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${rampart.warning.escalation-poll:15s}",
            initialDelayString = "${rampart.warning.escalation-poll:15s}")
    void run() {
        Instant now = clock.instant();
        pass("escalation", () -> timers.escalate(now));
        pass("reminders", () -> timers.remind(now));
        pass("missing data", () -> timers.checkMissingData(now));
    }

    /** Run one pass; a failure is logged and leaves the other passes (and the next run) unaffected. */
    private static void pass(String name, IntSupplier pass) {
        try {
            int n = pass.getAsInt();
            if (n > 0) {
                LOG.info("warning {} pass: {} change(s)", name, n);
            }
        } catch (RuntimeException e) {
            LOG.error("warning {} pass failed", name, e);
        }
    }
}
