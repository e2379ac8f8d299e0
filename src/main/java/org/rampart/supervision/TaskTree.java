package org.rampart.supervision;

import java.util.List;

/** A task and its sub-tasks at every depth the reader sees (a cascade), each with the state at its level. */
public record TaskTree(Task task, List<TaskTree> children) {

    public TaskTree {
        children = List.copyOf(children);
    }

    /** The number of tasks in the tree, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(TaskTree::size).sum();
    }
}
