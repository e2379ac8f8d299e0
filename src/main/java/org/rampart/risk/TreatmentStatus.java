package org.rampart.risk;

/** The state of a treatment action. Names come from the message bundles ({@code risk.treatment.status.<NAME>}). */
public enum TreatmentStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    /** Return true once the action is done or cancelled. */
    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }

    /** Parse a status name case-insensitively, or return null when it names none. */
    public static TreatmentStatus parse(String name) {
        if (name == null) {
            return null;
        }
        for (TreatmentStatus s : values()) {
            if (s.name().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        return null;
    }
}
