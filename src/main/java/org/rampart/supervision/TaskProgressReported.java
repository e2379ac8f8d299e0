package org.rampart.supervision;

import java.time.Instant;

/** A task was reported on by one of its units (a percentage and a text). {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record TaskProgressReported(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        int percent, String text, Instant at) {
}
