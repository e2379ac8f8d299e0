package org.rampart.supervision;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which tasks of the reader's visibility a list shows; every member may be null (no filter). {@code jurisdiction}
 * narrows to tasks whose lead unit lies in that jurisdiction's subtree (a code); {@code unit} to tasks where the unit
 * (a code) leads or assists; {@code statuses} to those statuses; {@code overdue} true to open tasks past their
 * deadline; {@code dueBy} to open tasks due on or before the date; {@code q} to titles or source references
 * containing the text; {@code parentId} to the sub-tasks of a task.
 */
public record TaskFilter(String jurisdiction, String unit, Set<TaskStatus> statuses, TaskSource source,
        TaskPriority priority, Boolean overdue, LocalDate dueBy, String q, Long parentId) {

    public TaskFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** No filter: every visible task. */
    public static TaskFilter all() {
        return new TaskFilter(null, null, Set.of(), null, null, null, null, null, null);
    }
}
