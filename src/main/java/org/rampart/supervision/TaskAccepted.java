package org.rampart.supervision;

import java.time.Instant;

/** A task was accepted by its lead unit. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskAccepted(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        Instant at) {
}
