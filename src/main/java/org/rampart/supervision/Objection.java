package org.rampart.supervision;

import java.time.Instant;

/**
 * A unit's objection to a task: its type and reason, and the assigning side's outcome ({@code REASSIGNED} or
 * {@code INSISTED}, null while undecided).
 */
public record Objection(long id, String unitCode, String typeCode, String reason, Instant raisedAt, String raisedBy,
        String outcome, Instant decidedAt, String decidedBy, String decisionText) {
}
