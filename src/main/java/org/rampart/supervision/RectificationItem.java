package org.rampart.supervision;

import java.util.List;

/**
 * One rectification item of an incident's final report (one line of its rectification text) with the tasks already
 * made from it.
 *
 * @param index 0-based position among the items
 * @param text the item as written, without its list marker ("1.", "（一）", "-")
 */
public record RectificationItem(int index, String text, List<Task> tasks) {

    public RectificationItem {
        tasks = List.copyOf(tasks);
    }

    /** The item's number as people count (1-based). */
    public int number() {
        return index + 1;
    }
}
