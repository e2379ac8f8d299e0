package org.rampart.warning;

/**
 * How far an unacknowledged warning has escalated up the jurisdiction tree.
 *
 * @param steps how many jurisdictions up (1: the parent of the warning's jurisdiction)
 * @param jurisdictionCode the jurisdiction it is escalated to now
 * @param jurisdictionPath that jurisdiction's materialised path
 */
public record WarningEscalation(int steps, String jurisdictionCode, String jurisdictionPath) {
}
