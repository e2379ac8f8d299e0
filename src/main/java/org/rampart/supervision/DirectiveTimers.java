package org.rampart.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timed passes over receipts: a unit that has not confirmed by its deadline is reminded once per deadline
 * ({@link DirectiveConfirmationOverdue}). Each pass takes one batch at a time in its own transaction with
 * {@code FOR UPDATE SKIP LOCKED}, and marks each receipt in that transaction, so several nodes on one database never
 * take the same step twice.
 */
@Component
class DirectiveTimers {

    private final DirectiveSupport support;
    private final TransactionTemplate transactions;

    DirectiveTimers(DirectiveSupport support, TransactionTemplate transactions) {
        this.support = support;
        this.transactions = transactions;
    }

    /** Remind every unit whose confirmation is overdue by {@code now}, once per deadline; returns the number. */
    int reminders(Instant now) {
        return batches(() -> {
            List<DirectiveReceipt> due = support.receipts.lockDueReminders(now, support.settings.batchSize());
            for (DirectiveReceipt r : due) {
                Directive d = support.directives.byId(r.directiveId());
                support.receipts.markReminded(r.id(), r.confirmBy(), now);
                support.audit.recordAs("system", "confirmation-overdue", "directive-receipt", Long.toString(r.id()),
                        r.jurisdictionPath(), null, Map.of("unit", r.unitCode(), "confirmBy", r.confirmBy().toString()));
                support.events.publishEvent(new DirectiveConfirmationOverdue(d.id(), r.id(), d.number(), d.titleEn(),
                        d.titleZh(), d.jurisdictionPath(), r.unitCode(), r.jurisdictionPath(), r.confirmBy(), now));
            }
            return due.size();
        });
    }

    private int batches(IntSupplier batch) {
        int total = 0;
        int n;
        do {
            Integer done = transactions.execute(status -> batch.getAsInt());
            n = done == null ? 0 : done;
            total += n;
        } while (n == support.settings.batchSize());
        return total;
    }
}
