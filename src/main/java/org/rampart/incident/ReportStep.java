package org.rampart.incident;

import java.time.Instant;

/**
 * One level of an incident's reporting chain: its deadline and the duty officer's confirmation of receipt.
 *
 * @param level the tree level, 0 for the national level (outside Rampart: the province confirms it was informed)
 * @param confirmedAt null while unconfirmed
 * @param overdueAt when the next level up was told it is overdue; null otherwise
 * @param supersededAt when the incident moved to a place whose chain does not share this step (kept as history);
 *     null for a step in force
 */
public record ReportStep(long id, long incidentId, int level, Long jurisdictionId, String jurisdictionCode,
        String jurisdictionPath, Instant dueAt, Instant confirmedAt, String confirmedBy, Instant overdueAt,
        Instant supersededAt) {

    public boolean external() {
        return level == ReportingChain.NATIONAL;
    }

    /** True when a step in force is unconfirmed past its deadline at {@code now}. */
    public boolean overdue(Instant now) {
        return supersededAt == null && confirmedAt == null && dueAt.isBefore(now);
    }
}
