package org.rampart.supervision;

import java.time.Instant;

/** A task was kept with its lead unit after an objection: the task counts as accepted. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskInsisted(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        Instant at) {
}
