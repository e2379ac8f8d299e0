package org.rampart.incident;

/** What the incident list is narrowed to; every member may be null (no narrowing). */
public record IncidentFilter(IncidentType type, IncidentGrade grade, IncidentStatus status, String jurisdiction,
        Boolean overdue) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null);
}
