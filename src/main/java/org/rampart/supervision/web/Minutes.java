package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.rampart.supervision.Decision;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.Task;

/**
 * What the minutes documents list: the meeting, the name of its jurisdiction as the reader sees it, and each decision
 * with the tasks it became.
 */
public record Minutes(Meeting meeting, String jurisdictionName, List<Item> decisions) {

    /** A decision with its tasks. */
    public record Item(Decision decision, List<TaskLine> tasks) {
    }

    /** A task as the minutes, the meeting page and a decision's API view show it. */
    public record TaskLine(long id, String titleEn, String titleZh, String leadUnit, List<String> assistingUnits,
            @Schema(description = "YYYY-MM-DD") String deadline,
            @Schema(implementation = org.rampart.supervision.TaskPriority.class) String priority,
            @Schema(implementation = org.rampart.supervision.TaskStatus.class) String status) {

        static TaskLine of(Task t) {
            return new TaskLine(t.id(), t.titleEn(), t.titleZh(), t.leadUnit().code(), t.assistingCodes(),
                    t.deadline().toString(), t.priority().name(), t.status().name());
        }
    }
}
