package org.rampart.supervision;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a task's history: when, what ({@code kind}), who, for which unit (its code, or null), the status
 * before and after (null when it did not change), the text given (a reason, a report; or null), and the figures of
 * {@code detail} (keys {@code percent}, {@code newDeadline}, {@code oldDeadline}, {@code reason},
 * {@code objectionType}, {@code fromUnit}, {@code toUnit}, {@code step}, {@code noticeNumber}, {@code daysOverdue}).
 */
public record TaskEvent(long id, long taskId, Instant at, TaskEventKind kind, String actor, String unitCode,
        TaskStatus fromStatus, TaskStatus toStatus, String text, Map<String, Object> detail) {

    public TaskEvent {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }
}
