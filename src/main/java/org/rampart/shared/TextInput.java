package org.rampart.shared;

import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/** Checks for free-text fields of forms and API bodies, shared by every module that takes such fields. */
public final class TextInput {

    private TextInput() {
    }

    /**
     * Trim a text field and check it: required when asked, at most {@code max} characters, no control characters other
     * than line breaks and tabs. Problems are added to {@code problems} under the field's name; returns the trimmed
     * text, or null for a blank one.
     */
    public static String check(String field, String value, int max, boolean required, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.field(field, "is required"));
            }
            return null;
        }
        String v = value.trim();
        if (v.length() > max) {
            problems.add(Problem.field(field, "must be at most " + max + " characters"));
        } else if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(Problem.field(field, "must not contain control characters"));
        }
        return v;
    }
}
