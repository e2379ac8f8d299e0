package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task was assigned to its lead and assisting units. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskAssigned(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        List<String> assistingUnits, LocalDate deadline, TaskPriority priority, TaskSource source, Long sourceId, Long parentId, Instant at) {
}
