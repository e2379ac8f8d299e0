package org.rampart.supervision;

import java.time.Instant;

/** A task was given a leader's instruction (批示), on the task or on one of its progress reports ({@code progressEventId}). {@code actor} is the username of who did it; {@code jurisdictionPath} the assigning jurisdiction's path. */
public record LeaderInstructionGiven(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath, String actor,
        String leader, String text, Long progressEventId, Instant at) {
}
