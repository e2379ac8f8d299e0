package org.rampart.incident.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rampart.incident.IncidentDraft;
import org.rampart.shared.BadInputException.Problem;

/** The quick-report form as typed: every field a string, so that whatever was typed comes back when it is refused. */
record IncidentForm(String type, String subType, String title, String description, String jurisdiction,
        String longitude, String latitude, String occurredAt, String organisation, String deaths,
        String seriousInjuries, String missing, String affected, String economicLoss) {

    static IncidentForm empty(String jurisdiction, String now) {
        return new IncidentForm("PRODUCTION_SAFETY", null, null, null, jurisdiction, null, null, now, null, "0", "0", "0",
                "0", "0");
    }

    /** The draft, adding a problem for each number that is not one. */
    IncidentDraft draft(List<Problem> problems) {
        return new IncidentDraft(type, subType, title, description, jurisdiction, decimal("longitude", longitude, problems),
                decimal("latitude", latitude, problems), occurredAt, null, organisation, whole("deaths", deaths, problems),
                whole("seriousInjuries", seriousInjuries, problems), whole("missing", missing, problems),
                whole("affected", affected, problems), money("economicLoss", economicLoss, problems), List.of(), List.of());
    }

    static Integer whole(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "number.not-whole", text.trim()));
            return null;
        }
    }

    static Double decimal(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "number.invalid", text.trim()));
            return null;
        }
    }

    static BigDecimal money(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "number.invalid", text.trim()));
            return null;
        }
    }

    static List<Problem> list() {
        return new ArrayList<>();
    }
}
