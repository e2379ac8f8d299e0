package org.rampart.incident;

import java.time.Instant;

/** An open incident's next follow-up report is due ({@code at}); the next reminder has been set. */
public record FollowUpReportDue(IncidentSummary incident, Instant at) {
}
