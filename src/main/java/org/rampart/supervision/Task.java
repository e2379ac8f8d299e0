package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * A supervision task as its readers see it. {@code version} is the optimistic-locking version a change must name;
 * {@code jurisdictionCode} and {@code jurisdictionPath} are the assigning jurisdiction's; {@code assigningUnit} may be
 * null; {@code deadline} is the current deadline (later than {@code originalDeadline} after approved extensions);
 * {@code openSubTasks} counts the sub-tasks (cascade) not yet done or cancelled.
 */
public record Task(long id, int version, String titleEn, String titleZh, String description, TaskSource source,
        Long sourceId, String sourceRef, long jurisdictionId, String jurisdictionCode, String jurisdictionPath,
        TaskUnit assigningUnit, TaskUnit leadUnit, List<TaskUnit> assistingUnits, String leadJurisdictionPath,
        Long parentId, TaskPriority priority, String evidenceRequired, TaskStatus status, Instant assignedAt,
        Instant acceptBy, LocalDate deadline, LocalDate originalDeadline, Instant acceptedAt, Instant submittedAt,
        Instant doneAt, Instant closedAt, int progressPercent, String createdBy, Instant updatedAt,
        List<Milestone> milestones, int subTasks, int openSubTasks) {

    public Task {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The title as shown to the reader, in the other language when it has none in the reader's. */
    public Names.Shown title(Locale locale) {
        return Names.pick(titleEn, titleZh, locale);
    }

    public boolean open() {
        return status.open();
    }

    /** Days past the deadline on {@code today} while the task is open (0 when not overdue or closed). */
    public long daysOverdue(LocalDate today) {
        if (!open() || !today.isAfter(deadline)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(deadline, today);
    }

    public boolean overdue(LocalDate today) {
        return daysOverdue(today) > 0;
    }

    /** True when the unit (by id) is the lead unit or one of the assisting units. */
    public boolean assignedTo(Long unitId) {
        return unitId != null && (leadUnit.id() == unitId || assistingUnits.stream().anyMatch(u -> u.id() == unitId));
    }

    /** The codes of the assisting units, in order. */
    public List<String> assistingCodes() {
        return assistingUnits.stream().map(TaskUnit::code).toList();
    }
}
