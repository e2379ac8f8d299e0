package org.rampart.incident.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The reasons the incident module gives for refused input, with the message keys of their translations. */
@Component
class IncidentProblems implements ProblemCatalog {

    @Override
    public Map<String, String> reasons() {
        return Map.ofEntries(
                Map.entry("must be at most (\\d+)", "incident.problem.max"),
                Map.entry("may have at most 2 decimals", "incident.problem.decimals"),
                Map.entry("'(.*)' is not a number", "incident.problem.number"),
                Map.entry("'(.*)' is not an ISO-8601 time", "incident.problem.time"),
                Map.entry("must not be in the future", "incident.problem.future"),
                Map.entry("must not be after the report time", "incident.problem.afterReport"),
                Map.entry("the point lies outside jurisdiction '(.*)'", "incident.problem.outside"),
                Map.entry("is required with the other coordinate", "incident.problem.coordinate"),
                Map.entry("must be between (-\\d+) and (\\d+)", "incident.problem.between"),
                Map.entry("'(.*)' is not one of .*", "incident.problem.oneOf"),
                Map.entry("'(.*)' is not a sub-type of .*", "incident.problem.subType"),
                Map.entry("claims to be an image but is not a JPEG, PNG, GIF or WebP image", "incident.problem.fakeImage"),
                Map.entry("is empty", "incident.problem.empty"),
                Map.entry("cannot change from (\\w+) to (\\w+)", "incident.problem.status"),
                Map.entry("closing needs the final report first", "incident.problem.finalFirst"),
                Map.entry("'(.*)' is not a valid reference", "incident.problem.reference"),
                Map.entry("no warning '(.*)' in your jurisdiction", "incident.problem.noWarning"),
                Map.entry("no risk '(.*)' in your jurisdiction", "incident.problem.noRisk"),
                Map.entry("is not a valid rule set \\(line (\\d+), column (\\d+)\\)", "incident.problem.ruleSet"),
                Map.entry("is not a valid rule set", "incident.problem.ruleSetPlain"),
                Map.entry("is required", "incident.problem.required"),
                Map.entry("must be greater than 0", "incident.problem.greaterThanZero"),
                Map.entry("needs at least one criterion", "incident.problem.oneCriterion"),
                Map.entry("needs at least one threshold", "incident.problem.oneThreshold"),
                Map.entry("duplicate figure '(.*)'", "incident.problem.duplicateFigure"),
                Map.entry("must be at most (\\d+) characters", "incident.problem.jsonLength"));
    }

    @Override
    public Map<String, String> fields() {
        // Only names no other module uses: labels are global, so generic names (title, type, jurisdiction, status...)
        // are labelled on the incident pages by IncidentPageController instead.
        return Map.ofEntries(
                Map.entry("subType", "incident.subType"),
                Map.entry("occurredAt", "incident.occurredAt"),
                Map.entry("reportedAt", "incident.reportedAt"),
                Map.entry("organisation", "incident.organisation"),
                Map.entry("deaths", "incident.deaths"),
                Map.entry("seriousInjuries", "incident.seriousInjuries"),
                Map.entry("missing", "incident.missing"),
                Map.entry("affected", "incident.affected"),
                Map.entry("economicLoss", "incident.economicLoss"),
                Map.entry("longitude", "incident.longitude"),
                Map.entry("latitude", "incident.latitude"),
                Map.entry("photo", "incident.photo"),
                Map.entry("cause", "incident.final.cause"),
                Map.entry("lessons", "incident.final.lessons"),
                Map.entry("rectification", "incident.final.rectification"));
    }
}
