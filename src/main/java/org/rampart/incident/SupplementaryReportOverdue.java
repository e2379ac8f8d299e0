package org.rampart.incident;

import java.time.Instant;

/** The supplementary report that a change of the figures called for was not filed by its deadline ({@code at}). */
public record SupplementaryReportOverdue(IncidentSummary incident, Instant at) {
}
