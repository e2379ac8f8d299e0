package org.rampart.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ProblemTexts;

/**
 * Problems of a form in the reader's language, grouped by field so that each input shows its own; problems without a
 * field, or of a field the form has no input for, stay general (with the field's label).
 */
record FieldErrors(Map<String, String> byField, List<String> general) {

    static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    /** The problems of a form whose inputs are {@code fields}. */
    static FieldErrors of(List<Problem> problems, ProblemTexts texts, Locale locale, String... fields) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        List<String> known = List.of(fields);
        for (Problem p : problems) {
            if (p.field() != null && known.contains(p.field())) {
                byField.merge(p.field(), texts.reason(p, locale), (a, b) -> a + "; " + b);
            } else {
                general.add(texts.line(p, locale));
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
