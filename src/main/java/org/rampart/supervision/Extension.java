package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for a later deadline and its decision ({@code approved} null while undecided). Approved and refused
 * requests are counted apart: the days an approved one grants are approved delay.
 */
public record Extension(long id, Instant requestedAt, String requestedBy, LocalDate currentDeadline,
        LocalDate newDeadline, String reason, Instant decidedAt, String decidedBy, Boolean approved,
        String decisionReason) {

    public boolean open() {
        return decidedAt == null;
    }
}
