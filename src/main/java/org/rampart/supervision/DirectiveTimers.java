package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.rampart.shared.BadInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timed passes over receipts: a unit that has not confirmed by its deadline is reminded once per deadline
 * ({@link DirectiveConfirmationOverdue}), and after a further {@code task-after} becomes a supervision task. Each pass takes one batch at a time in its own transaction with
 * {@code FOR UPDATE SKIP LOCKED}, and marks each receipt in that transaction, so several nodes on one database never
 * take the same step twice.
 */
@Component
class DirectiveTimers {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectiveTimers.class);

    private final DirectiveSupport support;
    private final DirectiveTasking tasking;
    private final TransactionTemplate transactions;

    DirectiveTimers(DirectiveSupport support, DirectiveTasking tasking, TransactionTemplate transactions) {
        this.support = support;
        this.tasking = tasking;
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

    /**
     * Make a supervision task for every unit still unconfirmed {@code task-after} past its deadline, once; returns the
     * number of tasks. Each receipt is taken in its own transaction, so that a task the task module refuses (say, the
     * unit was deactivated) is recorded on the receipt with its problem codes instead of blocking the others.
     */
    int tasks(Instant now) {
        Instant cutoff = now.minus(support.settings.taskAfter());
        int made = 0;
        while (true) {
            Long[] refused = new Long[1];
            Boolean took = transactions.execute(status -> {
                List<DirectiveReceipt> due = support.receipts.lockDueTasks(cutoff, 1);
                if (due.isEmpty()) {
                    return false;
                }
                DirectiveReceipt r = due.get(0);
                Object savepoint = status.createSavepoint();
                try {
                    tasking.unconfirmedTask(r, support.directives.byId(r.directiveId()),
                            LocalDate.ofInstant(now, support.zone));
                    status.releaseSavepoint(savepoint);
                } catch (BadInputException e) {
                    status.rollbackToSavepoint(savepoint);
                    refused[0] = r.id();
                    String codes = e.problems().stream().map(p -> p.code()).distinct()
                            .collect(java.util.stream.Collectors.joining(","));
                    support.receipts.setTaskProblem(r.id(), codes, now);
                    LOG.warn("directive receipt {}: no task for unit {}: {}", r.id(), r.unitCode(), codes);
                }
                return true;
            });
            if (!Boolean.TRUE.equals(took)) {
                return made;
            }
            if (refused[0] == null) {
                made++;
            }
        }
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
