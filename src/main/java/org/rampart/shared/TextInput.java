package org.rampart.shared;

import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/** Checks for free-text fields of forms and API bodies; see {@link Checks#text}. */
public final class TextInput {

    private TextInput() {
    }

    /** See {@link Checks#text}. */
    public static String check(String field, String value, int max, boolean required, List<Problem> problems) {
        return Checks.text(field, value, max, required, problems);
    }
}
