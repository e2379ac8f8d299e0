package org.rampart.audit.web;

import org.rampart.audit.AuditEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** An entry as the viewer shows it: the stored states indented for reading. */
record AuditRow(AuditEntry entry, String before, String after) {

    static AuditRow of(AuditEntry entry, JsonMapper json) {
        return new AuditRow(entry, indent(entry.before(), json), indent(entry.after(), json));
    }

    private static String indent(String state, JsonMapper json) {
        if (state == null) {
            return null;
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(state));
        } catch (JacksonException e) {
            // Stored text that is not JSON is shown as it is.
            return state;
        }
    }
}
