package org.rampart.shared;

import java.util.Map;

/**
 * A module's translations of the reasons it gives in {@link BadInputException} (plain English, as the API answers
 * them) for the pages: regular expressions over reasons, each with the message key of its text, whose groups
 * become the message's arguments; and field names with the message keys of their labels.
 */
public interface ProblemCatalog {

    /** Regular expression of a whole reason to the message key of its translation. */
    Map<String, String> reasons();

    /** Field name to the message key of its label; fields without one are shown as named. */
    default Map<String, String> fields() {
        return Map.of();
    }
}
