package org.rampart.supervision;

import java.util.List;

/**
 * A task of a cascade with the sub-tasks it was split into, each as far as the reader may see it (a county sees its own
 * branch, never a sibling county's).
 *
 * @param depth 0 for the top task shown, 1 for its sub-tasks, and so on
 */
public record TaskTreeNode(BoardTask task, int depth, List<TaskTreeNode> children) {

    /** The number of tasks below this one that are still open. */
    public int openBelow() {
        int n = 0;
        for (TaskTreeNode c : children) {
            n += (c.task().status().open() ? 1 : 0) + c.openBelow();
        }
        return n;
    }
}
