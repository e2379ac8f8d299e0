package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A task was asked for a later deadline by its lead unit. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskExtensionRequested(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        LocalDate currentDeadline, LocalDate newDeadline, String reason, Instant at) {
}
