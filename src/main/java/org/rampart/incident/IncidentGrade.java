package org.rampart.incident;

import java.util.Locale;

/** The four grades, I the most serious (特别重大) to IV general (一般). */
public enum IncidentGrade {
    I, II, III, IV;

    /** True when this grade is more serious than the other (I is more serious than II); null counts as least. */
    public boolean moreSeriousThan(IncidentGrade other) {
        return other == null || ordinal() < other.ordinal();
    }

    /** Parse "I".."IV" (or 1..4) case-insensitively; null when it names none. */
    public static IncidentGrade parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "I", "1" -> I;
            case "II", "2" -> II;
            case "III", "3" -> III;
            case "IV", "4" -> IV;
            default -> null;
        };
    }
}
