package org.rampart.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.rampart.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timed passes over incidents: overdue steps of the reporting chain (the next level up is told), supplementary
 * reports not filed in time, and follow-up reminders while an incident is open. Each pass takes one batch at a time
 * in its own transaction with {@code FOR UPDATE SKIP LOCKED}, and a row is due only once per deadline, so several
 * nodes on one database never take the same step twice.
 */
@Component
class IncidentTimers {

    static final String SYSTEM = "system";

    private final IncidentRepository repository;
    private final IncidentSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    IncidentTimers(IncidentRepository repository, IncidentSettings settings, ApplicationEventPublisher events,
            TransactionTemplate transactions, JsonMapper json) {
        this.repository = repository;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
    }

    /** The parent path of a materialised path ('/1/7/' gives '/1/'), or null for a root. */
    static String parentPath(String path) {
        int end = path.lastIndexOf('/', path.length() - 2);
        return end <= 0 ? null : path.substring(0, end + 1);
    }

    /** Report every step overdue by {@code now} to the next level up, once; returns the number reported. */
    int overdue(Instant now) {
        return batches(() -> {
            List<ReportStep> due = repository.lockOverdueSteps(now, settings.batchSize());
            for (ReportStep step : due) {
                Incident incident = repository.find(Scope.WHOLE_TREE.path(), step.incidentId()).orElseThrow();
                List<ReportStep> chain = repository.steps(step.incidentId());
                String notify = notifyPath(step, chain);
                repository.markOverdue(step.id(), now);
                String where = step.external() ? "national" : step.jurisdictionCode();
                repository.event(step.incidentId(), now, SYSTEM, TimelineEntry.Kind.OVERDUE, null, where,
                        json.writeValueAsString(Map.of("level", step.level(), "due", step.dueAt().toString())));
                events.publishEvent(new IncidentReportOverdue(incident.id(), incident.title(), incident.type(),
                        incident.grade(), incident.jurisdictionCode(), incident.jurisdictionPath(), step.level(),
                        step.jurisdictionCode(), step.dueAt(), notify, now,
                        step.external() ? null : step.jurisdictionPath()));
            }
            return due.size();
        });
    }

    /** The level to tell: the parent of the step's jurisdiction; for the root (and the national step) the root. */
    static String notifyPath(ReportStep step, List<ReportStep> chain) {
        if (step.external()) {
            return chain.stream().filter(s -> !s.external()).min(java.util.Comparator.comparingInt(ReportStep::level))
                    .map(ReportStep::jurisdictionPath).orElse(null);
        }
        String parent = parentPath(step.jurisdictionPath());
        return parent == null ? step.jurisdictionPath() : parent;
    }

    /** Remind of every follow-up report due by {@code now} and set the next one; returns the number reminded. */
    int followUps(Instant now) {
        return batches(() -> {
            List<Long> due = repository.lockDueFollowUps(now, settings.batchSize());
            for (long id : due) {
                Incident incident = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
                repository.setNextFollowUp(id, now.plus(settings.followUp(incident.grade())));
                repository.event(id, now, SYSTEM, TimelineEntry.Kind.FOLLOW_UP_DUE, null, null, null);
                events.publishEvent(new FollowUpReportDue(IncidentSummary.of(incident), now));
            }
            return due.size();
        });
    }

    /** Remind of every supplementary report not filed by its deadline (again after the same time). */
    int supplementary(Instant now) {
        return batches(() -> {
            List<Long> due = repository.lockDueSupplementary(now, settings.batchSize());
            for (long id : due) {
                Incident incident = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
                repository.setSupplementaryDue(id, now.plus(settings.supplementaryWithin()));
                repository.event(id, now, SYSTEM, TimelineEntry.Kind.SUPPLEMENTARY_DUE, null, "overdue", null);
                events.publishEvent(new SupplementaryReportOverdue(IncidentSummary.of(incident), now));
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
        } while (n == settings.batchSize());
        return total;
    }
}
