package org.rampart.incident;

/**
 * What listeners of the incident events need to know of the incident itself, as it is after the fact: its title,
 * type, grade, status and place.
 */
public record IncidentSummary(long id, String title, IncidentType type, IncidentGrade grade, IncidentStatus status,
        String jurisdictionCode, String jurisdictionPath) {

    static IncidentSummary of(Incident i) {
        return new IncidentSummary(i.id(), i.title(), i.type(), i.grade(), i.status(), i.jurisdictionCode(),
                i.jurisdictionPath());
    }
}
