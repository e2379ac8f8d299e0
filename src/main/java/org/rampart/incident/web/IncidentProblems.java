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
                Map.entry("is required", "incident.problem.required"),
                Map.entry("must be at most (\\d+) characters", "incident.problem.maxLength"),
                Map.entry("must not contain control characters", "incident.problem.control"),
                Map.entry("must be zero or more", "incident.problem.nonNegative"),
                Map.entry("must be at most (\\d+)", "incident.problem.max"),
                Map.entry("may have at most 2 decimals", "incident.problem.decimals"),
                Map.entry("'(.*)' is not a whole number", "incident.problem.wholeNumber"),
                Map.entry("'(.*)' is not a number", "incident.problem.number"),
                Map.entry("'(.*)' is not an ISO-8601 time", "incident.problem.time"),
                Map.entry("must not be in the future", "incident.problem.future"),
                Map.entry("must not be after the report time", "incident.problem.afterReport"),
                Map.entry("unknown jurisdiction '(.*)'", "incident.problem.jurisdiction"),
                Map.entry("the point lies outside jurisdiction '(.*)'", "incident.problem.outside"),
                Map.entry("is required with the other coordinate", "incident.problem.coordinate"),
                Map.entry("must be between (-?\\d+) and (\\d+)", "incident.problem.between"),
                Map.entry("'(.*)' is not one of .*", "incident.problem.oneOf"),
                Map.entry("'(.*)' is not a sub-type of .*", "incident.problem.subType"),
                Map.entry("claims to be an image but is not a JPEG, PNG, GIF or WebP image", "incident.problem.fakeImage"),
                Map.entry("is empty", "incident.problem.empty"),
                Map.entry("cannot change from (\\w+) to (\\w+)", "incident.problem.status"),
                Map.entry("closing needs the final report first", "incident.problem.finalFirst"),
                Map.entry("'(.*)' is not a valid reference", "incident.problem.reference"));
    }

    @Override
    public Map<String, String> fields() {
        return Map.ofEntries(
                Map.entry("type", "incident.type"),
                Map.entry("subType", "incident.subType"),
                Map.entry("title", "incident.title"),
                Map.entry("description", "incident.description"),
                Map.entry("jurisdiction", "incident.jurisdiction"),
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
                Map.entry("file", "incident.file"),
                Map.entry("reason", "incident.override.reason"),
                Map.entry("grade", "incident.grade"),
                Map.entry("status", "incident.status"),
                Map.entry("note", "incident.note"),
                Map.entry("text", "incident.text"),
                Map.entry("cause", "incident.final.cause"),
                Map.entry("lessons", "incident.final.lessons"),
                Map.entry("rectification", "incident.final.rectification"));
    }
}
