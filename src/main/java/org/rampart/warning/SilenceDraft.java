package org.rampart.warning;

import java.time.Duration;
import org.rampart.shared.RiskDomain;

/**
 * A silence to create; it starts at once.
 *
 * @param ruleCode a rule code, or null/blank for every rule
 * @param domain null for every domain
 * @param jurisdiction a jurisdiction code in the creator's scope, or null/blank for the whole scope
 * @param minLevel null for every level
 * @param duration how long it lasts, at most {@link SilenceManagement#MAX_DURATION}
 * @param reason why (required)
 */
public record SilenceDraft(String ruleCode, RiskDomain domain, String jurisdiction, WarningLevel minLevel,
        Duration duration, String reason) {
}
