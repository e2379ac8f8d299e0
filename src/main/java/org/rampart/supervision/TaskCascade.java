package org.rampart.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Cascades: split a task into sub-tasks for the units of the jurisdictions below its lead unit (province, each city,
 * each county), assigned by the lead unit's jurisdiction, and show the tree with the state at every level.
 */
@Component
class TaskCascade {

    private final TaskSupport support;
    private final TaskAssignment assignment;

    TaskCascade(TaskSupport support, TaskAssignment assignment) {
        this.support = support;
        this.assignment = assignment;
    }

    List<Task> split(Actor actor, long parentId, Integer version, List<SubTaskDraft> items) {
        Task parent = support.lock(actor, parentId, version);
        TaskPolicy.require(support.policy.maySplit(actor, parent), "only the lead unit or its supervisors split a task");
        List<TaskDraft> drafts = new ArrayList<>();
        for (SubTaskDraft s : items == null ? List.<SubTaskDraft>of() : items) {
            if (s == null) {
                drafts.add(null);
                continue;
            }
            boolean ownTitle = s.titleEn() != null && !s.titleEn().isBlank() || s.titleZh() != null
                    && !s.titleZh().isBlank();
            drafts.add(new TaskDraft(ownTitle ? s.titleEn() : parent.titleEn(), ownTitle ? s.titleZh()
                    : parent.titleZh(), s.description() == null ? parent.description() : s.description(),
                    parent.source(), parent.sourceId(), parent.sourceRef(), parent.leadUnit().jurisdictionCode(),
                    parent.leadUnit().code(), s.leadUnit(), s.assistingUnits(),
                    s.deadline() == null ? parent.deadline() : s.deadline(), parent.priority(),
                    parent.evidenceRequired(), List.of(), parentId));
        }
        List<Task> created = assignment.split(actor, drafts);
        support.repository.bump(parentId, parent.version(), support.clock.instant());
        return created;
    }

    TaskTree tree(Actor actor, long id) {
        Task root = support.get(actor, id);
        List<Task> below = support.repository.descendants(actor.scopePath(), actor.unitId(), id);
        Map<Long, List<Task>> byParent = new HashMap<>();
        for (Task t : below) {
            byParent.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
        }
        return node(root, byParent);
    }

    private static TaskTree node(Task task, Map<Long, List<Task>> byParent) {
        List<TaskTree> children = new ArrayList<>();
        for (Task child : byParent.getOrDefault(task.id(), List.of())) {
            children.add(node(child, byParent));
        }
        return new TaskTree(task, children);
    }
}
