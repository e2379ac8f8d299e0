package org.rampart.audit;

import java.time.Instant;

/** Filters of the audit viewer; null members do not filter. */
public record AuditFilter(String actor, String entityType, String entityId, String action, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
