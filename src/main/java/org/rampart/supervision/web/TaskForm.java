package org.rampart.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.supervision.MilestoneDraft;
import org.rampart.supervision.TaskDraft;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskSource;

/**
 * The new-task form as posted: texts as typed; assisting units separated by commas or spaces; up to three milestone
 * rows (title and date).
 */
record TaskForm(String titleEn, String titleZh, String description, String source, String sourceRef,
        String jurisdiction, String assigningUnit, String leadUnit, String assistingUnits, String deadline,
        String priority, String evidenceRequired, List<String> milestoneTitle, List<String> milestoneDate) {

    static final int MILESTONE_ROWS = 3;

    static TaskForm empty(String jurisdiction, String assigningUnit, LocalDate deadline) {
        return new TaskForm(null, null, null, TaskSource.NONE.name(), null, jurisdiction, assigningUnit, null, null,
                deadline.toString(), TaskPriority.NORMAL.name(), null, List.of(), List.of());
    }

    /** The milestone title of row {@code i} (for re-showing the form), or empty. */
    String milestoneTitle(int i) {
        return milestoneTitle != null && i < milestoneTitle.size() && milestoneTitle.get(i) != null
                ? milestoneTitle.get(i) : "";
    }

    String milestoneDate(int i) {
        return milestoneDate != null && i < milestoneDate.size() && milestoneDate.get(i) != null
                ? milestoneDate.get(i) : "";
    }

    /** The draft, with the problems of what cannot be read (dates, choices) added to {@code problems}. */
    TaskDraft draft(List<Problem> problems) {
        TaskSource src = Checks.oneOf("source", source, TaskSource.class, false, problems);
        TaskPriority prio = Checks.oneOf("priority", priority, TaskPriority.class, false, problems);
        LocalDate due = Checks.date("deadline", deadline, true, problems);
        List<String> assisting = assistingUnits == null || assistingUnits.isBlank() ? List.of()
                : Arrays.stream(assistingUnits.trim().split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        List<MilestoneDraft> milestones = new ArrayList<>();
        for (int i = 0; i < MILESTONE_ROWS; i++) {
            String title = milestoneTitle(i);
            String date = milestoneDate(i);
            if (title.isBlank() && date.isBlank()) {
                continue;
            }
            LocalDate d = Checks.date("milestones[" + milestones.size() + "].dueDate", date, true, problems);
            milestones.add(new MilestoneDraft(title, d));
        }
        return new TaskDraft(titleEn, titleZh, description, src, null, sourceRef, jurisdiction, assigningUnit, leadUnit,
                assisting, due, prio, evidenceRequired, milestones, null);
    }
}
