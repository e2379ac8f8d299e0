package org.rampart.supervision;

/**
 * The rungs of the supervision ladder, in the order a task climbs them: reminders before the deadline, the urging
 * reminder 催办, the supervision notice 督办单 and escalation to the level above. Each is taken at most once per task
 * and deadline; the history kind it writes is {@link #kind()}.
 */
public enum LadderStep {
    REMINDER(TaskEventKind.REMINDER), URGE(TaskEventKind.URGED), NOTICE(TaskEventKind.NOTICE_ISSUED),
    ESCALATION(TaskEventKind.ESCALATED);

    private final TaskEventKind kind;

    LadderStep(TaskEventKind kind) {
        this.kind = kind;
    }

    /** The kind of history entry the step writes ({@code supervision_task_event.kind}). */
    public TaskEventKind kind() {
        return kind;
    }

    /** Urgent steps are delivered at once; the others wait for the daily digest. */
    public boolean urgent() {
        return this == NOTICE || this == ESCALATION;
    }
}
