package org.rampart.supervision.web;

import java.util.List;
import org.rampart.supervision.Decision;
import org.rampart.supervision.Meeting;

/**
 * What the minutes documents list: the meeting, the name of its jurisdiction as the reader sees it, and each decision
 * with the tasks it became.
 */
record Minutes(Meeting meeting, String jurisdictionName, List<Item> decisions) {

    /** A decision with its tasks. */
    record Item(Decision decision, List<TaskLine> tasks) {
    }

    /** A task as the minutes and the meeting page show it. */
    record TaskLine(long id, String titleEn, String titleZh, String leadUnit, String deadline, String status) {
    }
}
