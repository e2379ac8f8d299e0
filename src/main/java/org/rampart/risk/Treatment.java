package org.rampart.risk;

import java.time.Instant;
import java.time.LocalDate;

/** A treatment action on a risk with its owner unit, due date and status. */
public record Treatment(long id, String title, String ownerUnitCode, LocalDate dueDate, TreatmentStatus status,
        String note, Instant createdAt, String createdBy, Instant completedAt) {

    /** Return true when the action is unfinished and its due date lies before the given day. */
    public boolean overdue(LocalDate today) {
        return !status.finished() && dueDate.isBefore(today);
    }
}
