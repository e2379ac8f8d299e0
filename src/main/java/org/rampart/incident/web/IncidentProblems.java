package org.rampart.incident.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The labels of the incident module's own field names (its problems are codes: {@code problem.incident.*}). */
@Component
class IncidentProblems implements ProblemCatalog {


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
                Map.entry("rectification", "incident.final.rectification"),
                Map.entry("atLeastI", "incident.rules.field.atLeastI"),
                Map.entry("atLeastII", "incident.rules.field.atLeastII"),
                Map.entry("atLeastIII", "incident.rules.field.atLeastIII"));
    }
}
