package org.rampart.supervision;

import java.time.Instant;

/** A task was sent back by the assigning side for more work, with a reason. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskSentBack(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        String reason, Instant at) {
}
