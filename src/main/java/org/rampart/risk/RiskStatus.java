package org.rampart.risk;

import org.rampart.shared.BadInputException.Problem;

/**
 * Where a risk stands: identified, assessed, being treated, monitored, closed. A risk moves one step forward at a
 * time, a monitored risk may go back to treatment, and any open risk may be closed (with a reason); a closed risk
 * stays closed. Names come from the message bundles ({@code risk.status.<NAME>}).
 */
public enum RiskStatus {
    IDENTIFIED, ASSESSED, TREATING, MONITORED, CLOSED;

    /** What a risk's status says to a change: the status it leads to, or the refusal (a problem code, no field). */
    record Transition(RiskStatus next, Problem refusal) {

        static Transition to(RiskStatus next) {
            return new Transition(next, null);
        }

        static Transition refused(Problem refusal) {
            return new Transition(null, refusal);
        }

        boolean refused() {
            return refusal != null;
        }
    }

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

    /** A move to another status: that status, or {@code risk.status.cannot-move}. */
    Transition move(RiskStatus next) {
        return mayMoveTo(next) ? Transition.to(next) : Transition.refused(Problem.at(null, "risk.status.cannot-move", this, next));
    }

    /** A change of the risk's members (code {@code code}): the status stays, unless the risk is closed. */
    Transition change(String code) {
        return this == CLOSED ? Transition.refused(Problem.at(null, "risk.closed.cannot-change", code)) : Transition.to(this);
    }

    /** A re-assessment: an identified risk becomes assessed, others keep their status; a closed risk is not assessed. */
    Transition assess(String code) {
        if (this == CLOSED) {
            return Transition.refused(Problem.at(null, "risk.closed.cannot-assess", code));
        }
        return Transition.to(this == IDENTIFIED ? ASSESSED : this);
    }

    /** A review: the status stays; a closed risk needs none. */
    Transition review(String code) {
        return this == CLOSED ? Transition.refused(Problem.at(null, "risk.closed.no-review", code)) : Transition.to(this);
    }

    /** A new treatment action: the status stays; a closed risk gets none. */
    Transition addTreatment(String code) {
        return this == CLOSED ? Transition.refused(Problem.at(null, "risk.closed.no-treatment", code)) : Transition.to(this);
    }

    /** A change of a treatment action: the status stays; a closed risk's actions are fixed. */
    Transition changeTreatment(String code) {
        return this == CLOSED ? Transition.refused(Problem.at(null, "risk.closed.treatment-fixed", code))
                : Transition.to(this);
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
