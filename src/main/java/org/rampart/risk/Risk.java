package org.rampart.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * A risk of the register as users see it. It has a title in English, in Chinese or in both (the other one is null).
 * Residual members are null until a residual assessment is given; reassessment members are set while a warning of a
 * linked indicator asks for a re-assessment.
 */
public record Risk(long id, String code, String titleEn, String titleZh, String descriptionEn, String descriptionZh,
        String domainCode, String jurisdictionCode, String jurisdictionPath, String ownerUnitCode, String causes,
        String consequences, String controls, boolean bottomLine, int likelihood, int impact, int score, RiskLevel level,
        Integer residualLikelihood, Integer residualImpact, Integer residualScore, RiskLevel residualLevel,
        RiskLevel targetLevel, RiskStatus status, int reviewFrequencyDays, LocalDate nextReviewDate,
        boolean reassessmentNeeded, String reassessmentReason, Instant reassessmentFlaggedAt, Long reassessmentWarningId,
        List<String> tags, List<String> indicatorCodes, Instant createdAt, String createdBy, Instant updatedAt,
        Instant closedAt, String closedReason, Instant lastReviewedAt, int version) {

    /**
     * Return the title in the reader's language (Chinese for zh, English otherwise), or in the other one when the risk
     * has none there; never null. Pages show it with its language, see {@link Names#pick}.
     */
    public String title(Locale locale) {
        return Names.text(titleEn, titleZh, locale);
    }

    /** Return the description in the reader's language, or in the other one when it has none there; never null. */
    public String description(Locale locale) {
        return Names.text(descriptionEn, descriptionZh, locale);
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
