package org.rampart.indicator;

import java.util.ArrayList;
import java.util.List;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read a JSON batch {@code {"observations": [{"indicator", "jurisdiction", "time", "value"}], "skipBad": false}}.
 * The non-standard numbers NaN and Infinity are read so that they can be refused item by item, not as a broken
 * body; values are handed on as text for the one validation path.
 */
final class ObservationJson {

    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ObservationJson() {
    }

    /** The items (null where an item is not an object), the skip flag and per-item shape problems. */
    record Batch(List<ObservationInput> inputs, boolean skipBad, List<Problem> problems) {
    }

    static Batch read(byte[] body, int maxItems) {
        JsonNode root;
        try {
            root = LENIENT.readTree(body);
        } catch (JacksonException e) {
            throw BadInputException.field("body", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw BadInputException.field("body", "must be a JSON object with an array \"observations\"");
        }
        JsonNode items = root.get("observations");
        if (items == null || !items.isArray()) {
            throw BadInputException.field("observations", "is required: an array of observations");
        }
        if (items.size() > maxItems) {
            throw BadInputException.field("observations", "holds " + items.size() + " items; at most " + maxItems
                    + " per batch");
        }
        JsonNode skip = root.get("skipBad");
        if (skip != null && !skip.isBoolean() && !skip.isNull()) {
            throw BadInputException.field("skipBad", "must be true or false");
        }
        List<ObservationInput> inputs = new ArrayList<>(items.size());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                problems.add(Problem.item(i, null, "must be an object with indicator, jurisdiction, time and value"));
                inputs.add(null);
                continue;
            }
            inputs.add(new ObservationInput(text(item.get("indicator")), text(item.get("jurisdiction")),
                    text(item.get("time")), value(item.get("value")), null));
        }
        return new Batch(inputs, skip != null && skip.asBoolean(), problems);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asString() : node.toString();
    }

    private static String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
            return node.isIntegralNumber() || node.isFloatingPointNumber() ? node.asString() : String.valueOf(d);
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
