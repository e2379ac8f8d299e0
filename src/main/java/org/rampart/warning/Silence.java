package org.rampart.warning;

import java.time.Instant;
import org.rampart.shared.RiskDomain;

/**
 * A silence: until {@code endsAt} (or until ended early) warnings matching it are recorded but not notified.
 *
 * @param ruleCode null for every rule
 * @param domain null for every domain; otherwise the domain and its sub-domains
 * @param jurisdictionCode null when the silence covers its creator's whole scope
 * @param jurisdictionPath the subtree it covers, never null
 * @param minLevel null for every level; otherwise this level and more serious ones
 * @param endedAt null unless ended early
 */
public record Silence(long id, String ruleCode, RiskDomain domain, String jurisdictionCode, String jurisdictionPath,
        WarningLevel minLevel, String reason, String createdBy, Instant startsAt, Instant endsAt, Instant endedAt,
        String endedBy) {

    /** Return true while the silence applies at {@code now}. */
    public boolean activeAt(Instant now) {
        return endedAt == null && !startsAt.isAfter(now) && endsAt.isAfter(now);
    }
}
