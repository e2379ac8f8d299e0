package org.rampart.risk;

import java.util.List;

/**
 * What a user enters to create or change a risk. Enumerated fields and references are codes or names (checked on
 * save); any member may be null and is then reported as missing where it is required. {@code reason} explains the
 * assessment that a creation, or a change of likelihood or impact, records.
 *
 * @param jurisdiction the code of the jurisdiction (fixed once created)
 * @param ownerUnit the code of the owner unit, or null
 * @param nextReviewDate ISO date; null means today plus the review frequency
 */
public record RiskDraft(String code, String titleEn, String titleZh, String descriptionEn, String descriptionZh,
        String domain, String jurisdiction, String ownerUnit, String causes, String consequences, String controls,
        Boolean bottomLine, Integer likelihood, Integer impact, Integer residualLikelihood, Integer residualImpact,
        String targetLevel, Integer reviewFrequencyDays, String nextReviewDate, List<String> indicators,
        List<String> tags, String reason) {
}
