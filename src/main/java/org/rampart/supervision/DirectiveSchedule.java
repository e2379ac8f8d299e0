package org.rampart.supervision;

import java.time.Clock;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Run the timed passes over directive receipts every {@code rampart.supervision.directive.poll} (1 minute by
 * default). Off when {@code rampart.scheduling.enabled=false} (the command-line tools and the tests, which call the
 * passes themselves).
 */
@Component
@ConditionalOnProperty(name = "rampart.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class DirectiveSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DirectiveSchedule.class);

    private final DirectiveTimers timers;
    private final Clock clock;

    DirectiveSchedule(DirectiveTimers timers, Optional<Clock> clock) {
        this.timers = timers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${rampart.supervision.directive.poll:1m}",
            initialDelayString = "${rampart.supervision.directive.poll:1m}")
    void run() {
        pass("reminder", () -> timers.reminders(clock.instant()));
        pass("task", () -> timers.tasks(clock.instant()));
    }

    private static void pass(String name, IntSupplier pass) {
        try {
            int n = pass.getAsInt();
            if (n > 0) {
                LOG.info("directive {} pass: {} receipt(s)", name, n);
            }
        } catch (RuntimeException e) {
            LOG.error("directive {} pass failed", name, e);
        }
    }
}
