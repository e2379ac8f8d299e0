package org.rampart.supervision;

/**
 * What an entry of a task's history ({@code supervision_task_event.kind}) records: the vocabulary every part of the
 * supervision module writes and reads. Names come from the message bundles ({@code supervision.event.<NAME>}).
 */
public enum TaskEventKind {
    ASSIGNED, ACCEPTED, OBJECTED, REASSIGNED, INSISTED, PROGRESS, EXTENSION_REQUESTED, EXTENSION_APPROVED,
    EXTENSION_REFUSED, SUBMITTED, VERIFIED, SENT_BACK, CANCELLED, EDITED, INSTRUCTION, SPLIT, REMINDER, URGED,
    NOTICE_ISSUED, NOTICE_ANSWERED, ESCALATED, MILESTONE_DONE
}
