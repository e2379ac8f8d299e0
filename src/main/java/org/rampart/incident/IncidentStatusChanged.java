package org.rampart.incident;

import java.time.Instant;

/** An incident moved from one status to another (responding, closed…). */
public record IncidentStatusChanged(IncidentSummary incident, String actor, IncidentStatus from, IncidentStatus to,
        Instant at) {
}
