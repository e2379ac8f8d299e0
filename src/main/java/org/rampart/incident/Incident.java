package org.rampart.incident;

import java.time.Instant;
import java.util.List;

/**
 * An incident as users see it. The grade in force is the override when there is one, else the computed grade.
 *
 * @param longitude null when no point is known (and then latitude is null too)
 * @param overdue true when a step of the reporting chain is past its deadline without confirmation
 */
public record Incident(long id, IncidentType type, String subType, String title, String description,
        long jurisdictionId, String jurisdictionCode, String jurisdictionPath, Double longitude, Double latitude,
        Instant occurredAt, Instant reportedAt, String reporter, String organisation, Figures figures,
        IncidentStatus status, IncidentGrade computedGrade, String gradeExplanation, IncidentGrade gradeOverride,
        String overrideReason, List<String> warningRefs, List<String> riskRefs, String finalCause,
        String finalLessons, String finalRectification, Instant supplementaryDueAt, Instant nextFollowUpAt,
        Instant updatedAt, Instant closedAt, boolean overdue) {

    /** The grade in force. */
    public IncidentGrade grade() {
        return gradeOverride != null ? gradeOverride : computedGrade;
    }
}
