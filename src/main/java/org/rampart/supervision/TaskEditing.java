package org.rampart.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.stereotype.Component;

/**
 * The assigning side changes the words of an open task (titles, description, priority, evidence required). The
 * history entry ({@code EDITED}) names the members that changed; the audit entry holds the task before and after. A
 * stale version is a conflict (409); a closed task does not change.
 */
@Component
class TaskEditing {

    private final TaskSupport support;

    TaskEditing(TaskSupport support) {
        this.support = support;
    }

    Task edit(Actor actor, long id, Integer version, TaskEdit edit) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.maySupervise(actor, before), "only the assigning side edits the task");
        TaskStatus.Transition transition = before.status().edit();
        List<Problem> problems = new ArrayList<>();
        String[] titles = Checks.names("titleEn", edit.titleEn(), "titleZh", edit.titleZh(), TaskAssignment.MAX_TITLE,
                problems);
        String description = Checks.text("description", edit.description(), TaskAssignment.MAX_DESCRIPTION, false,
                problems);
        String evidence = Checks.text("evidenceRequired", edit.evidenceRequired(), TaskAssignment.MAX_EVIDENCE, false,
                problems);
        TaskPriority priority = edit.priority() == null ? before.priority() : edit.priority();
        if (!transition.refused()) {
            TaskSupport.refuseIfAny(problems);
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        note(changed, "titleEn", before.titleEn(), titles[0]);
        note(changed, "titleZh", before.titleZh(), titles[1]);
        note(changed, "description", before.description(), description);
        note(changed, "priority", before.priority().name(), priority.name());
        note(changed, "evidenceRequired", before.evidenceRequired(), evidence);
        if (changed.isEmpty() && !transition.refused()) {
            return before;
        }
        if (!transition.refused()) {
            support.repository.edit(id, titles[0], titles[1], description, priority, evidence);
        }
        return support.change(actor, before, transition, TaskEventKind.EDITED, null,
                Map.of("changed", String.join(",", changed.keySet())), "edit").task();
    }

    private static void note(Map<String, Object> changed, String member, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.put(member, after);
        }
    }
}
