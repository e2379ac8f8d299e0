package org.rampart.supervision;

import java.time.Instant;

/** A task was objected to by its lead unit, with an objection type and a reason. {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskObjected(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        String objectionType, String reason, Instant at) {
}
