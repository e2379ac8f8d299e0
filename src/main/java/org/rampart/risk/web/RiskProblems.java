package org.rampart.risk.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The labels of the fields that the risk module's problems name (its pages name them first). */
@Component
class RiskProblems implements ProblemCatalog {


    @Override
    public Map<String, String> fields() {
        return Map.ofEntries(
            Map.entry("titleEn", "risk.titleEn"),
            Map.entry("titleZh", "risk.titleZh"),
            Map.entry("descriptionEn", "risk.descriptionEn"),
            Map.entry("descriptionZh", "risk.descriptionZh"),
            Map.entry("ownerUnit", "risk.ownerUnit"),
            Map.entry("likelihood", "risk.likelihood"),
            Map.entry("impact", "risk.impact"),
            Map.entry("residualLikelihood", "risk.residualLikelihood"),
            Map.entry("residualImpact", "risk.residualImpact"),
            Map.entry("targetLevel", "risk.targetLevel"),
            Map.entry("reviewFrequencyDays", "risk.reviewFrequencyDays"),
            Map.entry("nextReviewDate", "risk.nextReview"),
            Map.entry("indicators", "risk.indicators"),
            Map.entry("tags", "risk.tags"),
            Map.entry("causes", "risk.causes"),
            Map.entry("consequences", "risk.consequences"),
            Map.entry("controls", "risk.controls"),
            Map.entry("dueDate", "risk.treatment.due"),
            Map.entry("treatmentTitle", "risk.treatment.title"),
            Map.entry("treatmentStatus", "risk.status"));
    }
}
