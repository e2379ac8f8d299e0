package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The lead unit marked a milestone of its task done. {@code actor} is the username of who did it;
 * {@code jurisdictionPath} the assigning jurisdiction's path.
 */
public record TaskMilestoneDone(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath,
        String actor, long milestoneId, String milestone, LocalDate dueDate, Instant at) {
}
