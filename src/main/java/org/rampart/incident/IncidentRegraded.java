package org.rampart.incident;

import java.time.Instant;

/** An incident's grade changed, by the rules on new figures or by an override; {@code incident} has the new one. */
public record IncidentRegraded(IncidentSummary incident, String actor, IncidentGrade from, IncidentGrade to,
        Instant at) {
}
