package org.rampart.warning;

import java.time.Duration;

/**
 * The four warning levels of emergency-response law, least serious first: IV blue, III yellow, II orange, I red.
 * Each maps to a CAP 1.2 severity and has a default acknowledgement deadline before escalation.
 */
public enum WarningLevel {
    BLUE("IV", "Minor", Duration.ofHours(48)),
    YELLOW("III", "Moderate", Duration.ofHours(12)),
    ORANGE("II", "Severe", Duration.ofHours(2)),
    RED("I", "Extreme", Duration.ofMinutes(30));

    private final String grade;
    private final String capSeverity;
    private final Duration acknowledgeWithin;

    WarningLevel(String grade, String capSeverity, Duration acknowledgeWithin) {
        this.grade = grade;
        this.capSeverity = capSeverity;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    /** The roman-numeral grade: IV for blue up to I for red. */
    public String grade() {
        return grade;
    }

    /** The CAP 1.2 {@code severity} value. */
    public String capSeverity() {
        return capSeverity;
    }

    /** The default deadline for acknowledging a warning at this level before it escalates. */
    public Duration defaultAcknowledgeWithin() {
        return acknowledgeWithin;
    }

    public boolean moreSeriousThan(WarningLevel other) {
        return other == null || compareTo(other) > 0;
    }

    /** Parse a level name case-insensitively, or return null when it names none. */
    public static WarningLevel parse(String name) {
        if (name == null) {
            return null;
        }
        for (WarningLevel l : values()) {
            if (l.name().equalsIgnoreCase(name.trim())) {
                return l;
            }
        }
        return null;
    }
}
