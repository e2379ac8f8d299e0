package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A task was given the assigning side's decision on an extension request ({@code approved}: the deadline is now {@code newDeadline}). {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskExtensionDecided(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        boolean approved, LocalDate currentDeadline, LocalDate newDeadline, String reason, Instant at) {
}
