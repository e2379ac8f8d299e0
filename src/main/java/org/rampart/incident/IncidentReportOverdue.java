package org.rampart.incident;

import java.time.Instant;

/**
 * A level of an incident's reporting chain did not confirm receipt by its deadline; the next level up
 * ({@code notifyPath}, null when the overdue level is the top of the tree) should be told.
 */
public record IncidentReportOverdue(long incidentId, String title, IncidentType type, IncidentGrade grade,
        String jurisdictionCode, String jurisdictionPath, int level, String stepJurisdictionCode, Instant dueAt,
        String notifyPath, Instant at) {
}
