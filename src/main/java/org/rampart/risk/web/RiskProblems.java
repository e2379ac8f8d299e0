package org.rampart.risk.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The field labels of the risk module's problems (and the taxonomy's last English reasons, see {@link #reasons()}). */
@Component
class RiskProblems implements ProblemCatalog {

    /**
     * The risk module's own problems are codes ({@code problem.risk.*} in its bundle). Only the domain taxonomy's
     * reasons, which move to their own module with the taxonomy, are still English sentences matched here.
     */
    @Override
    public Map<String, String> reasons() {
        return Map.ofEntries(
            Map.entry("is required", "risk.problem.required"),
            Map.entry("unknown domain '(.*)'", "risk.problem.domain"),
            Map.entry("duplicate code '(.*)'", "risk.problem.duplicate"),
            Map.entry("must be a top-level domain", "risk.problem.topLevel"),
            Map.entry("may hold only capital letters, digits and '_', starting with a letter \\(at most 40\\)",
                    "risk.problem.domainCode"));
    }

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
