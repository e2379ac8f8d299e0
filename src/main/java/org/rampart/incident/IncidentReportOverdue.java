package org.rampart.incident;

import java.time.Instant;

/**
 * A level of an incident's reporting chain did not confirm receipt by its deadline; the next level up
 * ({@code notifyPath}, null when the overdue level is the top of the tree) should be told.
 *
 * @param level the tree level of the overdue step, 0 for the national level
 * @param stepJurisdictionPath the path of the level that missed its deadline; null for the national level
 */
public record IncidentReportOverdue(long incidentId, String title, IncidentType type, IncidentGrade grade,
        String jurisdictionCode, String jurisdictionPath, int level, String stepJurisdictionCode, Instant dueAt,
        String notifyPath, Instant at, String stepJurisdictionPath) {
}
