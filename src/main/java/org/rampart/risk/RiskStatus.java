package org.rampart.risk;

/**
 * Where a risk stands: identified, assessed, being treated, monitored, closed. A risk moves one step forward at a
 * time, a monitored risk may go back to treatment, and any open risk may be closed (with a reason); a closed risk
 * stays closed. Names come from the message bundles ({@code risk.status.<NAME>}).
 */
public enum RiskStatus {
    IDENTIFIED, ASSESSED, TREATING, MONITORED, CLOSED;

    /** Return true when a risk in this status may move to the other one. */
    public boolean mayMoveTo(RiskStatus next) {
        if (this == CLOSED || next == null || next == this) {
            return false;
        }
        if (next == CLOSED) {
            return true;
        }
        return next.ordinal() == ordinal() + 1 || (this == MONITORED && next == TREATING);
    }

    /** Parse a status name case-insensitively, or return null when it names none. */
    public static RiskStatus parse(String name) {
        if (name == null) {
            return null;
        }
        for (RiskStatus s : values()) {
            if (s.name().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        return null;
    }
}
