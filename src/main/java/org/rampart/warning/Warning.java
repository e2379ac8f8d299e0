package org.rampart.warning;

import java.time.Instant;
import org.rampart.shared.RiskDomain;

/**
 * A warning of one rule for one jurisdiction.
 *
 * @param level the current level; null once the data recovered (or the warning was resolved)
 * @param lastLevel the level it had most recently, never null
 * @param highestLevel the most serious level it reached, never null
 * @param acknowledgedAt null until acknowledged (again null after an upgrade, which needs a new acknowledgement)
 * @param assignedUnitCode null until assigned
 */
public record Warning(long id, String ruleCode, String indicatorCode, RiskDomain domain, long jurisdictionId,
        String jurisdictionCode, String jurisdictionPath, WarningState state, WarningLevel level,
        WarningLevel lastLevel, WarningLevel highestLevel, String explanation, Instant raisedAt, Instant changedAt,
        Instant acknowledgedAt, String acknowledgedBy, String acknowledgeComment, String assignedUnitCode,
        Instant resolvedAt, String resolvedBy, String resolveNote) {
}
