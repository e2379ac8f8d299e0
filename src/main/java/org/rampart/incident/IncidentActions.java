package org.rampart.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Record what happens to an incident: response actions and follow-up reports on the timeline, the final report,
 * and the moves of its status up to closing (and reopening).
 */
@Component
class IncidentActions {

    private final IncidentSupport support;
    private final IncidentRepository repository;

    IncidentActions(IncidentSupport support) {
        this.support = support;
        this.repository = support.repository;
    }

    List<TimelineEntry> timeline(Actor actor, long id) {
        support.get(actor, id);
        return repository.timeline(id);
    }

    Incident changeStatus(Actor actor, long id, String statusName, String note) {
        support.requireReporter(actor);
        Instant now = support.clock.instant();
        Incident before = support.lock(actor, id);
        IncidentStatus status = IncidentStatus.parse(statusName);
        List<Problem> problems = new ArrayList<>();
        if (status == null) {
            if (statusName == null || statusName.isBlank()) {
                problems.add(Problem.at("status", "value.required"));
            } else {
                problems.add(Problem.at("status", "incident.value.not-one-of", statusName,
                        Arrays.toString(IncidentStatus.values())));
            }
        } else {
            before.status().refusalOfChangeTo(status, before.finalCause() != null).ifPresent(problems::add);
        }
        String text = IncidentValidator.text("note", note, IncidentValidator.MAX_TEXT, false, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The status change is not valid", problems);
        }
        repository.setStatus(id, status, status == IncidentStatus.CLOSED ? now : null);
        repository.event(id, now, actor.username(), TimelineEntry.Kind.STATUS_CHANGED, null, text,
                support.json.writeValueAsString(Map.of("from", before.status().name(), "to", status.name())));
        Incident after = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
        support.audit.record("status", "incident", Long.toString(id), after.jurisdictionPath(),
                IncidentSupport.snapshot(before), IncidentSupport.snapshot(after));
        support.publish(new IncidentStatusChanged(IncidentSummary.of(after), actor.username(), before.status(),
                status, now));
        return after;
    }

    Incident finalReport(Actor actor, long id, String cause, String lessons, String rectification) {
        support.requireReporter(actor);
        Instant now = support.clock.instant();
        Incident before = support.lockOpen(actor, id);
        List<Problem> problems = new ArrayList<>();
        String c = IncidentValidator.text("cause", cause, IncidentValidator.MAX_TEXT, true, problems);
        String l = IncidentValidator.text("lessons", lessons, IncidentValidator.MAX_TEXT, true, problems);
        String r = IncidentValidator.text("rectification", rectification, IncidentValidator.MAX_TEXT, true, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The final report is not valid", problems);
        }
        repository.setFinalReport(id, c, l, r);
        repository.event(id, now, actor.username(), TimelineEntry.Kind.FINAL_REPORT, null, c, null);
        Incident after = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
        support.audit.record("final-report", "incident", Long.toString(id), after.jurisdictionPath(),
                IncidentSupport.snapshot(before), IncidentSupport.snapshot(after));
        return after;
    }

    TimelineEntry action(Actor actor, long id, String actionType, String text) {
        return note(actor, id, TimelineEntry.Kind.ACTION, actionType, text);
    }

    TimelineEntry followUpReport(Actor actor, long id, String text) {
        return note(actor, id, TimelineEntry.Kind.REPORT, null, text);
    }

    private TimelineEntry note(Actor actor, long id, TimelineEntry.Kind kind, String actionType, String text) {
        support.requireReporter(actor);
        Instant now = support.clock.instant();
        Incident incident = support.lockOpen(actor, id);
        List<Problem> problems = new ArrayList<>();
        String type = null;
        if (kind == TimelineEntry.Kind.ACTION) {
            TimelineEntry.ActionType t = IncidentValidator.actionType(actionType, problems);
            type = t == null ? null : t.name();
        }
        String body = IncidentValidator.text("text", text, IncidentValidator.MAX_TEXT, true, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The entry is not valid", problems);
        }
        repository.event(id, now, actor.username(), kind, type, body, null);
        if (kind == TimelineEntry.Kind.REPORT) {
            repository.setSupplementaryDue(id, null);
            repository.setNextFollowUp(id, now.plus(support.settings.followUp(incident.grade())));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("type", type);
        after.put("text", body);
        support.audit.record(kind == TimelineEntry.Kind.ACTION ? "action" : "report", "incident", Long.toString(id),
                incident.jurisdictionPath(), null, after);
        List<TimelineEntry> entries = repository.timeline(id);
        return entries.get(entries.size() - 1);
    }
}
