package org.rampart.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A task to assign. Titles may be given in either language (one of them is required); {@code jurisdiction} is the
 * assigning jurisdiction's code, {@code assigningUnit} its unit's code (optional), {@code leadUnit} and
 * {@code assistingUnits} the codes of units in the assigning jurisdiction's subtree. {@code source} null means
 * {@link TaskSource#NONE}, {@code priority} null {@link TaskPriority#NORMAL}; lists may be null (empty).
 * {@code parentId} names the task this one is a sub-task of (a cascade), or null.
 */
public record TaskDraft(String titleEn, String titleZh, String description, TaskSource source, Long sourceId,
        String sourceRef, String jurisdiction, String assigningUnit, String leadUnit, List<String> assistingUnits,
        LocalDate deadline, TaskPriority priority, String evidenceRequired, List<MilestoneDraft> milestones,
        Long parentId) {

    public TaskDraft {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The same draft as a sub-task of {@code parent}. */
    public TaskDraft under(long parent) {
        return new TaskDraft(titleEn, titleZh, description, source, sourceId, sourceRef, jurisdiction, assigningUnit,
                leadUnit, assistingUnits, deadline, priority, evidenceRequired, milestones, parent);
    }
}
