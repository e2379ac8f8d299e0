package org.rampart.supervision;

import java.time.LocalDate;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * A task as the board's lists, the calendar and the exports show it.
 *
 * @param daysOverdue days past the deadline today (a submitted task: on the day it was submitted); negative: days left
 * @param band where it stands against its deadline; null for a closed task
 * @param assigningJurisdiction the code of the assigning jurisdiction
 * @param leadJurisdiction the code of the lead unit's jurisdiction
 * @param parentId the task it was split from, or null
 * @param subTasks how many sub-tasks it was split into
 */
public record BoardTask(long id, String titleEn, String titleZh, TaskStatus status, String priority, String source,
        String sourceRef, String assigningJurisdiction, String leadUnit, String leadUnitEn, String leadUnitZh,
        String leadJurisdiction, LocalDate deadline, LocalDate originalDeadline, long daysOverdue, DueBand band,
        Long parentId, int subTasks) {

    public Names.Shown title(Locale locale) {
        return Names.pick(titleEn, titleZh, locale);
    }

    public Names.Shown leadUnitName(Locale locale) {
        return Names.pick(leadUnitEn, leadUnitZh, locale);
    }
}
