package org.rampart.supervision;

import java.util.List;

/**
 * The open work of the reader's unit: tasks it leads that wait for its acceptance, tasks due within the next days
 * ({@code dueSoonDays}), and overdue tasks (led or assisted). {@code unit} is null when the reader belongs to no unit,
 * and the lists are then empty.
 */
public record MyUnitWork(TaskUnit unit, List<Task> toAccept, List<Task> dueSoon, List<Task> overdue, int dueSoonDays) {
}
