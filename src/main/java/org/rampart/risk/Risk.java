package org.rampart.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A risk of the register as users see it. Residual members are null until a residual assessment is given;
 * reassessment members are set while a warning of a linked indicator asks for a re-assessment.
 */
public record Risk(long id, String code, String titleEn, String titleZh, String descriptionEn, String descriptionZh,
        String domainCode, String jurisdictionCode, String jurisdictionPath, String ownerUnitCode, String causes,
        String consequences, String controls, boolean bottomLine, int likelihood, int impact, int score, RiskLevel level,
        Integer residualLikelihood, Integer residualImpact, Integer residualScore, RiskLevel residualLevel,
        RiskLevel targetLevel, RiskStatus status, int reviewFrequencyDays, LocalDate nextReviewDate,
        boolean reassessmentNeeded, String reassessmentReason, Instant reassessmentFlaggedAt, Long reassessmentWarningId,
        List<String> tags, List<String> indicatorCodes, Instant createdAt, String createdBy, Instant updatedAt,
        Instant closedAt, String closedReason, Instant lastReviewedAt, int version) {

    /** The title in the requested language: Chinese for zh, English otherwise. */
    public String title(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }

    /** The description in the requested language: Chinese for zh, English otherwise. */
    public String description(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? descriptionZh : descriptionEn;
    }

    /** Return true when the risk is open and its review date lies before the given day. */
    public boolean reviewOverdue(LocalDate today) {
        return status != RiskStatus.CLOSED && nextReviewDate.isBefore(today);
    }

    /** The level that counts now: the residual level when assessed, otherwise the inherent level. */
    public RiskLevel currentLevel() {
        return residualLevel == null ? level : residualLevel;
    }
}
