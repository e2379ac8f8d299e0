package org.rampart.incident;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Lets tests of other modules run the incident module's timed passes at the instant they need. */
public final class IncidentTimerPasses {

    private IncidentTimerPasses() {
    }

    /** Run the overdue pass at {@code now}; returns the number of steps reported overdue. */
    public static int overdue(ApplicationContext context, Instant now) {
        return context.getBean(IncidentTimers.class).overdue(now);
    }
}
