package org.rampart.supervision;

import java.time.Instant;

/** A task was closed by the assigning side without being finished, with a reason. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskCancelled(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        String reason, Instant at) {
}
