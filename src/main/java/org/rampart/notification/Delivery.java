package org.rampart.notification;

import java.time.Instant;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;

/**
 * One delivery of one warning change to one recipient over one channel, with its attempts.
 *
 * @param recipient {@code user:<username>} or {@code webhook:<rule id>}
 * @param ruleId null when the default route (coordinators of the jurisdiction, in-app) chose the recipient
 */
public record Delivery(long id, long warningId, Change change, WarningLevel level, String jurisdictionCode,
        Long ruleId, String recipient, Channel channel, DeliveryState state, int attempts, String lastError,
        Instant nextAttemptAt, Instant createdAt, Instant updatedAt, Instant sentAt) {
}
