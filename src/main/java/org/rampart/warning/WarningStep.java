package org.rampart.warning;

import java.time.Instant;

/**
 * One recorded change of a warning.
 *
 * @param observationId the observation that caused a RAISED/UPGRADED/DOWNGRADED/RECOVERED step; null for steps by
 *     people
 * @param from null when raised
 * @param to null when recovered
 */
public record WarningStep(long id, WarningChanged.Change change, WarningLevel from, WarningLevel to,
        Long observationId, String explanation, String actor, String comment, Instant at) {
}
