package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.rampart.supervision.Milestone;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskSource;
import org.rampart.supervision.TaskStatus;
import org.rampart.supervision.TaskUnit;

/** A task as the API answers it. Dates are ISO-8601 ({@code YYYY-MM-DD}), times instants with an offset. */
record TaskView(long id,
        @Schema(description = "The version to name in a change (optimistic locking: a stale one answers 409).") int version,
        String titleEn, String titleZh, String description,
        @Schema(implementation = TaskSource.class) String source, Long sourceId, String sourceRef,
        @Schema(description = "The assigning jurisdiction's code.") String jurisdiction, UnitView assigningUnit,
        UnitView leadUnit, List<UnitView> assistingUnits, Long parentId,
        @Schema(implementation = TaskPriority.class) String priority, String evidenceRequired,
        @Schema(implementation = TaskStatus.class) String status, String assignedAt,
        @Schema(description = "By when the lead unit is to accept or object.") String acceptBy,
        @Schema(description = "The current deadline (a date), later than originalDeadline after approved extensions.")
        String deadline, String originalDeadline, String acceptedAt, String submittedAt, String doneAt,
        String closedAt, @Schema(description = "Progress reported, in percent (0 to 100).") int progressPercent,
        @Schema(description = "Days past the deadline while open (0 when not overdue).") long daysOverdue,
        String createdBy, List<MilestoneView> milestones, int subTasks, int openSubTasks) {

    /** A unit named on a task. */
    record UnitView(String code, String jurisdiction, String nameEn, String nameZh) {

        static UnitView of(TaskUnit u) {
            return u == null ? null : new UnitView(u.code(), u.jurisdictionCode(), u.nameEn(), u.nameZh());
        }
    }

    record MilestoneView(long id, String title, String dueDate, String doneAt) {

        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id(), m.title(), m.dueDate().toString(), str(m.doneAt()));
        }
    }

    static TaskView of(Task t, LocalDate today) {
        return new TaskView(t.id(), t.version(), t.titleEn(), t.titleZh(), t.description(), t.source().name(),
                t.sourceId(), t.sourceRef(), t.jurisdictionCode(), UnitView.of(t.assigningUnit()),
                UnitView.of(t.leadUnit()), t.assistingUnits().stream().map(UnitView::of).toList(), t.parentId(),
                t.priority().name(), t.evidenceRequired(), t.status().name(), str(t.assignedAt()), str(t.acceptBy()),
                str(t.deadline()), str(t.originalDeadline()), str(t.acceptedAt()), str(t.submittedAt()),
                str(t.doneAt()), str(t.closedAt()), t.progressPercent(), t.daysOverdue(today), t.createdBy(),
                t.milestones().stream().map(MilestoneView::of).toList(), t.subTasks(), t.openSubTasks());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
