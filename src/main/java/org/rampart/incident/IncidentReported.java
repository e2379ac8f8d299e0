package org.rampart.incident;

import java.time.Instant;

/** An incident was reported and graded by the rules; {@code gradeExplanation} says which rule gave the grade. */
public record IncidentReported(IncidentSummary incident, String actor, String gradeExplanation, Instant at) {
}
