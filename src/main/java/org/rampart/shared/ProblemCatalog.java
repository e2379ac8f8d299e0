package org.rampart.shared;

import java.util.Map;

/**
 * A module's labels of the fields its problems name: field name to the message key of its label (fields without one
 * are shown as named). Pages may name their own catalogue first, since the same field name may mean different things
 * in different modules.
 */
public interface ProblemCatalog {

    /** Field name to the message key of its label. */
    Map<String, String> fields();
}
