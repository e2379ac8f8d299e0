package org.rampart.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.Actor;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Follow the reporting chain: its steps, the duty officers' confirmations of receipt, and the rebuilt chain when an
 * incident moves to another jurisdiction.
 */
@Component
class IncidentChain {

    private final IncidentSupport support;
    private final IncidentRepository repository;

    IncidentChain(IncidentSupport support) {
        this.support = support;
        this.repository = support.repository;
    }

    List<ReportStep> steps(Actor actor, long id) {
        support.get(actor, id);
        return repository.steps(id);
    }

    List<ReportStep> earlierSteps(Actor actor, long id) {
        support.get(actor, id);
        return repository.supersededSteps(id);
    }

    ReportStep confirm(Actor actor, long id, long stepId) {
        Permissions.requireWrite(actor);
        Instant now = support.clock.instant();
        Incident incident = support.lock(actor, id);
        List<ReportStep> chain = repository.steps(id);
        ReportStep step = chain.stream().filter(s -> s.id() == stepId).findFirst()
                .orElseThrow(() -> new NotFoundException("reporting step " + stepId));
        if (step.confirmedAt() != null) {
            throw new ConflictException("This level already confirmed receipt.");
        }
        if (!support.policy.mayConfirm(actor, step, chain)) {
            throw new AccessDeniedException(
                    "only the duty officers (coordinators, officers) of that level confirm receipt");
        }
        repository.confirm(stepId, actor.username(), now);
        String where = step.external() ? "national" : step.jurisdictionCode();
        repository.event(id, now, actor.username(), TimelineEntry.Kind.CONFIRMED, null, where,
                support.json.writeValueAsString(Map.of("level", step.level(), "due", step.dueAt().toString(),
                        "late", now.isAfter(step.dueAt()))));
        support.audit.record("confirm", "incident", Long.toString(id), incident.jurisdictionPath(), null,
                Map.of("level", step.level(), "jurisdiction", where));
        return repository.steps(id).stream().filter(s -> s.id() == stepId).findFirst().orElseThrow();
    }

    /**
     * Rebuild the reporting chain for the incident's new place. Steps whose jurisdiction still lies on the way from
     * the new place to the root (the shared city or province, the national level) stay as they are, confirmations
     * included: those levels were told and need not be told again; an unconfirmed one only gets the earlier deadline
     * when the new chain wants it sooner. The other steps stay recorded as steps of the earlier place (superseded:
     * no longer confirmed, timed or counted as overdue). The levels the grade in force needs and the shared steps
     * do not cover are added with deadlines counted from the report time, as for a new report.
     */
    void rechain(String author, Incident before, Jurisdiction place, Instant reportedAt, Instant now) {
        List<ReportStep> old = repository.steps(before.id());
        List<ReportingChain.Place> path = support.places(place);
        Set<Long> onPath = new HashSet<>();
        path.forEach(p -> onPath.add(p.id()));
        List<ReportingChain.Step> wanted = support.settings.chain().steps(before.grade(), path, reportedAt);
        List<Long> superseded = new ArrayList<>();
        Set<Integer> kept = new HashSet<>();
        for (ReportStep s : old) {
            if (s.external() || onPath.contains(s.jurisdictionId())) {
                kept.add(s.level());
                wanted.stream().filter(w -> w.level() == s.level()).findFirst()
                        .filter(w -> s.confirmedAt() == null && w.dueAt().isBefore(s.dueAt()))
                        .ifPresent(w -> repository.setDue(s.id(), w.dueAt()));
            } else {
                superseded.add(s.id());
            }
        }
        repository.supersede(superseded, now);
        for (ReportingChain.Step step : wanted) {
            if (!kept.contains(step.level())) {
                repository.insertStep(before.id(), step);
            }
        }
        List<Map<String, Object>> from = stepsSnapshot(old);
        List<Map<String, Object>> to = stepsSnapshot(repository.steps(before.id()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", before.jurisdictionCode());
        details.put("to", place.code());
        details.put("chainBefore", from);
        details.put("chainAfter", to);
        repository.event(before.id(), now, author, TimelineEntry.Kind.MOVED, null,
                before.jurisdictionCode() + " \u2192 " + place.code(), support.json.writeValueAsString(details));
        support.audit.record("move", "incident", Long.toString(before.id()), place.path(),
                Map.of("jurisdiction", before.jurisdictionCode(), "chain", from),
                Map.of("jurisdiction", place.code(), "chain", to));
    }

    private static List<Map<String, Object>> stepsSnapshot(List<ReportStep> steps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportStep s : steps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", s.level());
            m.put("jurisdiction", s.external() ? "national" : s.jurisdictionCode());
            m.put("dueAt", s.dueAt().toString());
            m.put("confirmedAt", s.confirmedAt() == null ? null : s.confirmedAt().toString());
            m.put("confirmedBy", s.confirmedBy());
            out.add(m);
        }
        return out;
    }
}
