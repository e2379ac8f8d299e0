package org.rampart.audit;

import java.time.Instant;

/** One audit log row as users see it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
        String jurisdictionPath, String before, String after, String clientAddress, String requestId) {
}
