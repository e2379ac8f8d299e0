package org.rampart.supervision;

import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directive timers for tests of other modules: move a receipt's deadline and run the reminder pass. */
public final class DirectiveTimerFixtures {

    private DirectiveTimerFixtures() {
    }

    /** Set a receipt's confirm-by deadline (to the past, for a reminder). */
    public static void deadline(JdbcClient jdbc, long receiptId, Instant confirmBy) {
        jdbc.sql("update supervision_directive_receipt set confirm_by = :at where id = :id")
                .param("at", java.sql.Timestamp.from(confirmBy)).param("id", receiptId).update();
    }

    /** Run the reminder pass as the schedule would at {@code now}; returns the number of units reminded. */
    public static int remindOverdue(ApplicationContext context, Instant now) {
        return context.getBean(DirectiveTimers.class).reminders(now);
    }
}
