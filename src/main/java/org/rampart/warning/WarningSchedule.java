package org.rampart.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
        timers.escalate(now);
        timers.remind(now);
        timers.checkMissingData(now);
    }
}
