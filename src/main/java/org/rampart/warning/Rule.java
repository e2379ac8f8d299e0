package org.rampart.warning;

import java.time.Instant;
import org.rampart.shared.RiskDomain;

/**
 * A stored rule at its current version.
 *
 * @param indicatorCode the indicator the rule measures
 * @param definition what is measured and the thresholds per level, never null
 */
public record Rule(long id, String code, String indicatorCode, RiskDomain domain, String nameEn, String nameZh,
        RuleDefinition definition, int version, boolean active, Instant updatedAt) {
}
