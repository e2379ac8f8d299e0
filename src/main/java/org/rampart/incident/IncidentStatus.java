package org.rampart.incident;

import java.util.Locale;
import java.util.Optional;
import org.rampart.shared.BadInputException.Problem;

/** The life of an incident: reported, verified, responding, stabilised, closed (only forward, one step at a time). */
public enum IncidentStatus {
    REPORTED, VERIFIED, RESPONDING, STABILISED, CLOSED;

    /** The status after this one; null for closed. */
    public IncidentStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    /**
     * Decide a change of status to {@code to}: empty when allowed, else the refusal (of the field {@code status}). Only
     * the next status is allowed, and closing needs the final report ({@code finalReportGiven}) first.
     */
    public Optional<Problem> refusalOfChangeTo(IncidentStatus to,
            boolean finalReportGiven) {
        if (to != next()) {
            return Optional.of(Problem.at("status",
                    "incident.status.not-next", this, to));
        }
        if (to == CLOSED && !finalReportGiven) {
            return Optional.of(Problem.at("status",
                    "incident.status.final-report-first"));
        }
        return Optional.empty();
    }

    /** Return true when the incident may still be changed (every status but closed). */
    public boolean open() {
        return this != CLOSED;
    }

    public static IncidentStatus parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
