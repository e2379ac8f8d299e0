package org.rampart.supervision;

import java.time.Instant;

/** A leader's instruction (批示) on a task, or on one of its progress reports when {@code progressEventId} is set. */
public record Instruction(long id, long taskId, Long progressEventId, String leader, String text, Instant givenAt,
        String givenBy) {
}
