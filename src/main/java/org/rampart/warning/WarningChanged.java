package org.rampart.warning;

import java.time.Instant;
import org.rampart.shared.RiskDomain;

/**
 * A warning changed state. Published after the change is stored; consumers (notification, audit views) use
 * {@code @ApplicationModuleListener}, so delivery survives a restart through the event publication registry.
 *
 * @param change what happened
 * @param from the level before (null when raised)
 * @param to the level after (null when recovered or resolved)
 * @param jurisdictionPath materialised path of the jurisdiction the warning is about (routing and scope)
 * @param escalatedToPath for ESCALATED: the path of the jurisdiction it escalated to; otherwise null
 * @param silenced true when a silence matches: recorded but not notified
 */
public record WarningChanged(long warningId, Change change, String ruleCode, String indicatorCode, RiskDomain domain,
        WarningLevel from, WarningLevel to, long jurisdictionId, String jurisdictionPath, String jurisdictionCode,
        String escalatedToPath, String actor, String comment, boolean silenced, Instant at) {

    /** The kinds of change. */
    public enum Change {
        RAISED, UPGRADED, DOWNGRADED, RECOVERED, ACKNOWLEDGED, ASSIGNED, ESCALATED, RESOLVED, REMINDED
    }
}
