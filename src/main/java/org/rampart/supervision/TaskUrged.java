package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The supervision ladder urged (催办) the lead unit of a task past its deadline by {@code daysOverdue} days.
 * {@code actor} is "system"; {@code jurisdictionPath} the assigning jurisdiction's path.
 */
public record TaskUrged(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath,
        String actor, LocalDate deadline, int daysOverdue, Instant at) {
}
