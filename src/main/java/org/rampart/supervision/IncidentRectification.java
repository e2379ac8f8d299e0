package org.rampart.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.incident.Incident;
import org.rampart.incident.IncidentManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turn the rectification items of an incident's final report into tasks for the units named, in one step (all or
 * nothing, through {@link TaskManagement#assignAll}): each task has the source {@link TaskSource#INCIDENT_RECTIFICATION}
 * with the incident's id, and the source reference {@code INC-<id>/<item number>} that ties it to its item. The
 * assigning jurisdiction is the actor's own when it covers the incident's, else the incident's.
 */
@Component
class IncidentRectification {

    private final IncidentManagement incidents;
    private final TaskManagement tasks;
    private final JurisdictionManagement jurisdictions;

    IncidentRectification(IncidentManagement incidents, TaskManagement tasks, JurisdictionManagement jurisdictions) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.jurisdictions = jurisdictions;
    }

    /** The items of the incident's final report with the tasks made from each; not found outside the actor's scope. */
    List<RectificationItem> items(Actor actor, long incidentId) {
        Incident incident = incidents.get(actor, incidentId);
        List<String> texts = RectificationItems.split(incident.finalRectification());
        Map<Integer, List<Task>> byItem = new LinkedHashMap<>();
        for (Task t : tasks.bySource(actor, TaskSource.INCIDENT_RECTIFICATION, incidentId)) {
            byItem.computeIfAbsent(RectificationItems.itemOf(incidentId, t.sourceRef()), k -> new ArrayList<>()).add(t);
        }
        List<RectificationItem> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(new RectificationItem(i, texts.get(i), byItem.getOrDefault(i, List.of())));
        }
        return items;
    }

    /** The tasks made from the incident's items (visible to the actor), oldest first. */
    List<Task> tasks(Actor actor, long incidentId) {
        incidents.get(actor, incidentId);
        return tasks.bySource(actor, TaskSource.INCIDENT_RECTIFICATION, incidentId);
    }

    /** The code of the jurisdiction that assigns the incident's rectification tasks. */
    String assigningJurisdiction(Actor actor, Incident incident) {
        if (actor.jurisdictionId() != 0) {
            Optional<JurisdictionRef> home = jurisdictions.ref(actor.jurisdictionId());
            if (home.isPresent() && incident.jurisdictionPath().startsWith(home.get().path())) {
                return home.get().code();
            }
        }
        return incident.jurisdictionCode();
    }

    /**
     * Units to offer for the incident's items: those of the incident's jurisdiction and of each jurisdiction above it
     * up to the assigning one, nearest first.
     */
    List<Unit> suggestedUnits(Actor actor, long incidentId) {
        Incident incident = incidents.get(actor, incidentId);
        String assigning = assigningJurisdiction(actor, incident);
        List<Unit> units = new ArrayList<>();
        var j = jurisdictions.get(actor, incident.jurisdictionCode());
        List<org.rampart.jurisdiction.Jurisdiction> chain = new ArrayList<>(List.of(j));
        if (!j.code().equals(assigning)) {
            List<org.rampart.jurisdiction.Jurisdiction> above = new ArrayList<>(jurisdictions.ancestors(actor, j));
            java.util.Collections.reverse(above);
            for (var a : above) {
                chain.add(a);
                if (a.code().equals(assigning)) {
                    break;
                }
            }
        }
        for (var c : chain) {
            units.addAll(jurisdictions.units(actor, c.code()).stream().filter(Unit::active).toList());
        }
        return units;
    }

    /** Make the tasks, all or nothing; problems name the assignment by index ({@code atItem}) and its field. */
    List<Task> assign(Actor actor, long incidentId, List<RectificationAssignment> assignments) {
        if (!tasks.policy().mayAssign(actor)) {
            throw new AccessDeniedException("assigning tasks needs the role ADMINISTRATOR, COORDINATOR or OFFICER");
        }
        Incident incident = incidents.get(actor, incidentId);
        List<String> texts = RectificationItems.split(incident.finalRectification());
        if (texts.isEmpty()) {
            throw BadInputException.of(null, "supervision.rectification.no-items");
        }
        if (assignments == null || assignments.isEmpty()) {
            throw BadInputException.of("items", "supervision.rectification.none-chosen");
        }
        String jurisdiction = assigningJurisdiction(actor, incident);
        List<Problem> problems = new ArrayList<>();
        List<TaskDraft> drafts = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            RectificationAssignment a = assignments.get(i);
            if (a.item() < 0 || a.item() >= texts.size()) {
                problems.add(Problem.atItem(i, "item", "supervision.rectification.item-unknown", a.item() + 1, texts.size()));
                continue;
            }
            String text = texts.get(a.item());
            String title = RectificationItems.title(text, TaskRowChecks.MAX_TITLE);
            boolean zh = RectificationItems.chinese(text);
            drafts.add(new TaskDraft(zh ? null : title, zh ? title : null, text, TaskSource.INCIDENT_RECTIFICATION,
                    incidentId, RectificationItems.sourceRef(incidentId, a.item()), jurisdiction, null,
                    a.leadUnit(), a.assistingUnits(), a.deadline(), a.priority(), null, List.of(), null));
        }
        BadInputException.throwIfAny(problems);
        return tasks.assignAll(actor, drafts);
    }
}
