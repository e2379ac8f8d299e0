package org.rampart.notification;

import java.time.Instant;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;

/**
 * One delivery of one notification (a warning change or another notice) to one recipient over one channel.
 *
 * @param warningId the warning, or null when the subject is not a warning
 * @param change the warning change, or null when the subject is not a warning
 * @param recipient {@code user:<username>} or {@code webhook:<rule id>}
 * @param ruleId null when the default route (coordinators of the jurisdiction, in-app) or a notice chose the recipient
 * @param subjectType WARNING, RISK_REVIEW, ...
 * @param subjectRef the warning id, risk codes, ...
 * @param link the page about the subject, a path inside the application
 */
public record Delivery(long id, Long warningId, Change change, WarningLevel level, String jurisdictionCode,
        Long ruleId, String recipient, Channel channel, DeliveryState state, int attempts, String lastError,
        Instant nextAttemptAt, Instant createdAt, Instant updatedAt, Instant sentAt, String subjectType,
        String subjectRef, String link) {

    /** True when this delivery is about a warning change. */
    public boolean aboutWarning() {
        return "WARNING".equals(subjectType);
    }
}
