package org.rampart.supervision;

import java.time.Instant;

/**
 * A supervision task a directive became.
 *
 * @param receiptId the receipt of the task's unit, or null
 */
public record DirectiveTaskLink(long taskId, Long receiptId, Kind kind, Instant createdAt, String createdBy) {

    /** Why the task exists: the office turned the directive into tasks, or the unit did not confirm in time. */
    public enum Kind {
        IMPLEMENTATION, UNCONFIRMED
    }
}
