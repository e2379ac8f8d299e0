package org.rampart.incident;

import java.util.Locale;

/** The life of an incident: reported, verified, responding, stabilised, closed (only forward, one step at a time). */
public enum IncidentStatus {
    REPORTED, VERIFIED, RESPONDING, STABILISED, CLOSED;

    /** The status after this one; null for closed. */
    public IncidentStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
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
