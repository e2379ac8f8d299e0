package org.rampart.risk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rampart.risk.Risk;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskStatus;

/** A risk as the API answers it: codes instead of internal ids, with the review and re-assessment flags. */
record RiskView(String code, String titleEn, String titleZh, String descriptionEn, String descriptionZh, String domain,
        String jurisdiction, String ownerUnit, String causes, String consequences, String controls, boolean bottomLine,
        int likelihood, int impact, int score, RiskLevel level, Integer residualLikelihood, Integer residualImpact,
        Integer residualScore, RiskLevel residualLevel, RiskLevel targetLevel, RiskStatus status,
        int reviewFrequencyDays, LocalDate nextReviewDate, boolean reviewOverdue, boolean reassessmentNeeded,
        String reassessmentReason, Long reassessmentWarningId, List<String> indicators, List<String> tags,
        Instant createdAt, String createdBy, Instant updatedAt, Instant closedAt, String closedReason, int version) {

    static RiskView of(Risk r, LocalDate today) {
        return new RiskView(r.code(), r.titleEn(), r.titleZh(), r.descriptionEn(), r.descriptionZh(), r.domainCode(),
                r.jurisdictionCode(), r.ownerUnitCode(), r.causes(), r.consequences(), r.controls(), r.bottomLine(),
                r.likelihood(), r.impact(), r.score(), r.level(), r.residualLikelihood(), r.residualImpact(),
                r.residualScore(), r.residualLevel(), r.targetLevel(), r.status(), r.reviewFrequencyDays(),
                r.nextReviewDate(), r.reviewOverdue(today), r.reassessmentNeeded(), r.reassessmentReason(),
                r.reassessmentWarningId(), r.indicatorCodes(), r.tags(), r.createdAt(), r.createdBy(), r.updatedAt(),
                r.closedAt(), r.closedReason(), r.version());
    }
}
