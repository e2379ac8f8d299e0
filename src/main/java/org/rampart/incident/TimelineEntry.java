package org.rampart.incident;

import java.time.Instant;

/** One entry of an incident's timeline, with its time and author; {@code actionType} only for actions. */
public record TimelineEntry(long id, Instant at, String author, Kind kind, String actionType, String text,
        String details) {

    /** What the entry records. */
    public enum Kind {
        REPORTED, UPDATED, GRADE_CHANGED, GRADE_OVERRIDDEN, STATUS_CHANGED, ACTION, REPORT, CONFIRMED, OVERDUE,
        SUPPLEMENTARY_DUE, FOLLOW_UP_DUE, ATTACHMENT, FINAL_REPORT, MOVED, REGRADED
    }

    /** The kinds of response action. */
    public enum ActionType {
        RESOURCES_DEPLOYED, PEOPLE_EVACUATED, ROADS_CLOSED, RESCUE, MEDICAL, OTHER
    }
}
