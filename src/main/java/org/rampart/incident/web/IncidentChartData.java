package org.rampart.incident.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Counts as the JSON the statistics charts read: [{name, label, value}], labels in the reader's language. */
@Component
class IncidentChartData {

    private final MessageSource messages;
    private final JsonMapper json;

    IncidentChartData(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The counts with each key's label from {@code prefix + key} (or the key itself when prefix is null). */
    public String json(Map<String, Long> counts, String prefix, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((key, value) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", key);
            m.put("label", prefix == null ? key : messages.getMessage(prefix + key, null, key, locale));
            m.put("value", value);
            out.add(m);
        });
        return json.writeValueAsString(out);
    }
}
