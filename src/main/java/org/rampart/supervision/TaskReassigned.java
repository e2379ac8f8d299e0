package org.rampart.supervision;

import java.time.Instant;

/** A task was given to another lead unit ({@code leadUnit}) after an objection by {@code fromUnit}. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskReassigned(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        String fromUnit, Instant at) {
}
