package org.rampart.supervision;

import java.time.Instant;

/** A task was verified by the assigning side: it is done. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskVerified(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        Instant at) {
}
