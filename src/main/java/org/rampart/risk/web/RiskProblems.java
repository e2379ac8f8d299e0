package org.rampart.risk.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The reasons that {@code RiskManagement} gives for refused risks, assessments and treatments, and the field labels. */
@Component
class RiskProblems implements ProblemCatalog {

    @Override
    public Map<String, String> reasons() {
        return Map.ofEntries(
            Map.entry("is required", "risk.problem.required"),
            Map.entry("must be at most (\\d+) characters", "risk.problem.maxLength"),
            Map.entry("must lie between 1 and (\\d+)", "risk.problem.onMatrix"),
            Map.entry("unknown domain '(.*)'", "risk.problem.domain"),
            Map.entry("domain '(.*)' is inactive", "risk.problem.domainInactive"),
            Map.entry("unknown unit '(.*)'", "risk.problem.unit"),
            Map.entry("unknown jurisdiction '(.*)'", "risk.problem.jurisdiction"),
            Map.entry("unknown indicator '(.*)'", "risk.problem.indicator"),
            Map.entry("must be between 1 and (\\d+) days", "risk.problem.frequency"),
            Map.entry("'(.*)' is not a date \\(YYYY-MM-DD\\)", "risk.problem.date"),
            Map.entry("must not be before the risk was created \\((.*)\\)", "risk.problem.dueBeforeCreated"),
            Map.entry("duplicate code '(.*)'", "risk.problem.duplicate"),
            Map.entry("'(.*)' is reserved", "risk.problem.reserved"),
            Map.entry("may hold only letters, digits, '.', '_' and '-', starting with a letter or digit", "risk.problem.codeChars"),
            Map.entry("is required with a residual likelihood", "risk.problem.pairImpact"),
            Map.entry("is required with a residual impact", "risk.problem.pairLikelihood"),
            Map.entry("is required when the likelihood or impact changes", "risk.problem.reasonRescored"),
            Map.entry("cannot be changed", "risk.problem.unchangeable"),
            Map.entry("A risk that is (\\w+) cannot move to (\\w+)\\.", "risk.problem.status"),
            Map.entry("Risk '.*' is closed.*", "risk.problem.closed"),
            Map.entry("Risk '.*' was changed meanwhile; reload it and try again\\.", "risk.problem.changed"),
            Map.entry("'(.*)' is not a whole number", "risk.problem.wholeNumber"),
            Map.entry("'(.*)' is not true or false", "risk.problem.boolean"),
            Map.entry("unknown column \\(expected (.*)\\)", "risk.problem.unknownColumn"),
            Map.entry("the column is missing", "risk.problem.columnMissing"),
            Map.entry("the column appears twice", "risk.problem.columnTwice"),
            Map.entry("has (\\d+) fields; the header has (\\d+)", "risk.problem.fields"),
            Map.entry("appears twice in the file \\(first on line (\\d+)\\)", "risk.problem.twice"),
            Map.entry("not a readable XLSX workbook", "risk.problem.xlsx"),
            Map.entry("the file is empty", "risk.problem.empty"),
            Map.entry("needs an English and a Chinese label", "risk.problem.labels"),
            Map.entry("must lie between 3 and 10", "risk.problem.sizeRange"),
            Map.entry("must have one label per step \\((\\d+)\\)", "risk.problem.labelCount"),
            Map.entry("must start at 1", "risk.problem.lowStart"),
            Map.entry("is missing", "risk.problem.bandMissing"),
            Map.entry("must be above the previous level's bound and at most (\\d+)", "risk.problem.bandOrder"),
            Map.entry("(\\d+) risks have a likelihood or impact above (\\d+)", "risk.problem.beyond"),
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
