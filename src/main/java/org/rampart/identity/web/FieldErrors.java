package org.rampart.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;

/** Problems of a form, grouped by field so that each input shows its own; problems without a field stay general. */
record FieldErrors(Map<String, String> byField, List<String> general) {

    static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    static FieldErrors of(BadInputException e) {
        return of(e.problems());
    }

    static FieldErrors of(List<Problem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem p : problems) {
            if (p.field() == null) {
                general.add(p.reason());
            } else {
                byField.merge(p.field(), p.reason(), (a, b) -> a + "; " + b);
            }
        }
        return new FieldErrors(byField, general);
    }

    /** Fields the form has no input for are shown with the general problems. */
    FieldErrors keeping(String... fields) {
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(general);
        List<String> known = List.of(fields);
        byField.forEach((field, reason) -> {
            if (known.contains(field)) {
                kept.put(field, reason);
            } else {
                rest.add(field + ": " + reason);
            }
        });
        return new FieldErrors(kept, rest);
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
