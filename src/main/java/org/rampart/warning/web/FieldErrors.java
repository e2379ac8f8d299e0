package org.rampart.warning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ProblemTexts;

/**
 * Problems of a form grouped by field so that each input shows its own. Problems of an override line are shown
 * under the overrides input with the line's number; problems without a field stay general.
 */
record FieldErrors(Map<String, String> byField, List<String> general) {

    static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    static FieldErrors of(List<Problem> problems, ProblemTexts texts, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem p : problems) {
            String reason = texts.reason(p, locale);
            if (p.field() == null) {
                general.add(reason);
            } else if (p.field().startsWith("overrides")) {
                byField.merge("overrides", p.field() + ": " + reason, (a, b) -> a + "; " + b);
            } else {
                byField.merge(p.field(), reason, (a, b) -> a + "; " + b);
            }
        }
        return new FieldErrors(byField, general);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }
}
