package org.rampart.supervision;

/** How urgent a task is; names come from the message bundles ({@code supervision.task.priority.<NAME>}). */
public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT
}
