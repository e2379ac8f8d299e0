package org.rampart.incident;

import java.time.Instant;

/** Something happened to an incident that others may want to tell people about: reported, graded, reminded... */
public record IncidentChanged(long incidentId, Change change, String title, IncidentType type, IncidentGrade grade,
        IncidentStatus status, String jurisdictionCode, String jurisdictionPath, String actor, String detail,
        Instant at) {

    /** What happened. */
    public enum Change {
        REPORTED, UPDATED, GRADE_CHANGED, STATUS_CHANGED, SUPPLEMENTARY_DUE, FOLLOW_UP_DUE
    }
}
