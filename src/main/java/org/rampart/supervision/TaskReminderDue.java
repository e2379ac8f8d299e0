package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The supervision ladder reminded the task's units that its deadline is near ({@code daysLeft} days before it, 0 on
 * the day). {@code actor} is "system"; {@code jurisdictionPath} the assigning jurisdiction's path.
 */
public record TaskReminderDue(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath,
        String actor, LocalDate deadline, int daysLeft, Instant at) {
}
