package org.rampart.warning;

import java.time.Instant;
import org.rampart.shared.RiskDomain;

/** One version in a rule's history, as it was saved. */
public record RuleVersion(int version, String indicatorCode, RiskDomain domain, String nameEn, String nameZh,
        RuleDefinition definition, boolean active, String changedBy, Instant changedAt) {
}
