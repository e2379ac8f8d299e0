package org.rampart.supervision;

import org.rampart.shared.BadInputException.Problem;

/**
 * Where a meeting stands: scheduled, held (its minutes and decisions are being written), closed (the minutes are final
 * and nothing changes any more) or cancelled. Each change is a method returning the next status or the refusal; names
 * come from the bundles ({@code meeting.status.<NAME>}).
 */
public enum MeetingStatus {
    SCHEDULED, HELD, CLOSED, CANCELLED;

    /** What the status says to a change: the status it leads to, or the refusal (a problem code, no field). */
    public record Transition(MeetingStatus next, Problem refusal) {

        static Transition to(MeetingStatus next) {
            return new Transition(next, null);
        }

        static Transition refused(Problem refusal) {
            return new Transition(null, refusal);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    /** True while the meeting's details, agenda, minutes and decisions may change (scheduled or held). */
    public boolean changeable() {
        return this == SCHEDULED || this == HELD;
    }

    /** Mark the meeting as held: only a scheduled one. */
    public Transition hold() {
        return this == SCHEDULED ? Transition.to(HELD)
                : Transition.refused(Problem.at(null, "meeting.cannot-hold", name()));
    }

    /** Close the meeting: only a held one; its minutes are final afterwards. */
    public Transition close() {
        return this == HELD ? Transition.to(CLOSED)
                : Transition.refused(Problem.at(null, "meeting.cannot-close", name()));
    }

    /** Cancel the meeting: only a scheduled one (a held meeting has minutes and decisions). */
    public Transition cancel() {
        return this == SCHEDULED ? Transition.to(CANCELLED)
                : Transition.refused(Problem.at(null, "meeting.cannot-cancel", name()));
    }

    /** Change the meeting's details, agenda, minutes or decisions: while scheduled or held. */
    public Transition change() {
        if (changeable()) {
            return Transition.to(this);
        }
        if (this == CANCELLED) {
            return Transition.refused(Problem.at(null, "meeting.cancelled", name()));
        }
        return Transition.refused(Problem.at(null, "meeting.closed", name()));
    }

    /**
     * Turn one of the meeting's decisions into tasks: while scheduled, held or closed (tasks usually follow the final
     * minutes), never once it was cancelled (the decision was never taken).
     */
    public Transition assignTasks() {
        return this == CANCELLED ? Transition.refused(Problem.at(null, "meeting.cancelled.no-tasks", name()))
                : Transition.to(this);
    }
}
