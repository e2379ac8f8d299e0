package org.rampart.warning;

import org.rampart.shared.RiskDomain;

/**
 * A rule as a user submits it for creation or as the full new content of an edit; the facade validates every member
 * and names each problem by field ({@code code}, {@code thresholds.RED}, {@code overrides[0].jurisdiction}, ...).
 *
 * @param domain may be null, which the facade reports as a problem
 * @param definition may be null, which the facade reports as a problem
 */
public record RuleDraft(String code, String indicatorCode, RiskDomain domain, String nameEn, String nameZh,
        RuleDefinition definition, boolean active) {
}
