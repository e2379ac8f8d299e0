package org.rampart.supervision;

import java.util.EnumSet;
import java.util.Set;
import org.rampart.shared.BadInputException.Problem;

/**
 * Where a supervision task stands (DOMAIN.md): assigned, then accepted (or objected to, after which the assigning
 * side reassigns it or insists), in progress, submitted with its evidence, and done once the assigning side has
 * verified it, or sent back for more work. Only the assigning side closes a task without finishing it (cancelled).
 * Each change is a method returning the next status or the refusal; names come from the message bundles
 * ({@code supervision.task.status.<NAME>}).
 */
public enum TaskStatus {
    ASSIGNED, OBJECTED, ACCEPTED, IN_PROGRESS, SUBMITTED, SENT_BACK, DONE, CANCELLED;

    /** The statuses of work still open (everything but done and cancelled). */
    public static final Set<TaskStatus> OPEN = EnumSet.of(ASSIGNED, OBJECTED, ACCEPTED, IN_PROGRESS, SUBMITTED, SENT_BACK);

    /** What the status says to a change: the status it leads to, or the refusal (a problem code, no field). */
    public record Transition(TaskStatus next, Problem refusal) {

        static Transition to(TaskStatus next) {
            return new Transition(next, null);
        }

        static Transition refused(Problem refusal) {
            return new Transition(null, refusal);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    public boolean open() {
        return OPEN.contains(this);
    }

    /** Work the units do (accepted, in progress, sent back): progress reports, extension requests, submission. */
    public boolean working() {
        return this == ACCEPTED || this == IN_PROGRESS || this == SENT_BACK;
    }

    /** The lead unit accepts an assigned task. */
    public Transition accept() {
        return this == ASSIGNED ? Transition.to(ACCEPTED) : Transition.refused(Problem.at(null, "supervision.task.cannot-accept", this));
    }

    /** The lead unit objects to an assigned task, with a reason. */
    public Transition object() {
        return this == ASSIGNED ? Transition.to(OBJECTED) : Transition.refused(Problem.at(null, "supervision.task.cannot-object", this));
    }

    /** The assigning side gives an objected task to another lead unit, which then accepts or objects in turn. */
    public Transition reassign() {
        return this == OBJECTED ? Transition.to(ASSIGNED) : Transition.refused(Problem.at(null, "supervision.task.no-objection", this));
    }

    /** The assigning side keeps the lead unit of an objected task: the task counts as accepted. */
    public Transition insist() {
        return this == OBJECTED ? Transition.to(ACCEPTED) : Transition.refused(Problem.at(null, "supervision.task.no-objection", this));
    }

    /** A progress report moves accepted or sent-back work to in progress. */
    public Transition reportProgress() {
        return working() ? Transition.to(IN_PROGRESS) : Transition.refused(Problem.at(null, "supervision.task.not-working", this));
    }

    /** An extension request (the status stays). */
    public Transition requestExtension() {
        return working() ? Transition.to(this) : Transition.refused(Problem.at(null, "supervision.task.not-working", this));
    }

    /** The lead unit marks a milestone done while it works on the task (the status stays). */
    public Transition markMilestone() {
        return working() ? Transition.to(this) : Transition.refused(Problem.at(null, "supervision.task.not-working", this));
    }

    /** The lead unit submits the result with the evidence required. */
    public Transition submit() {
        return working() ? Transition.to(SUBMITTED) : Transition.refused(Problem.at(null, "supervision.task.cannot-submit", this));
    }

    /** The assigning side verifies a submitted result: the task is done. A second verification is refused. */
    public Transition verify() {
        return this == SUBMITTED ? Transition.to(DONE) : Transition.refused(Problem.at(null, "supervision.task.cannot-verify", this));
    }

    /** The assigning side sends a submitted result back, with a reason. */
    public Transition sendBack() {
        return this == SUBMITTED ? Transition.to(SENT_BACK) : Transition.refused(Problem.at(null, "supervision.task.cannot-send-back", this));
    }

    /** The assigning side closes an open task without finishing it, with a reason. */
    public Transition cancel() {
        return open() ? Transition.to(CANCELLED) : Transition.refused(Problem.at(null, "supervision.task.closed", this));
    }

    /** A change of the task's members by the assigning side (the status stays). */
    public Transition edit() {
        return open() ? Transition.to(this) : Transition.refused(Problem.at(null, "supervision.task.closed", this));
    }
}
