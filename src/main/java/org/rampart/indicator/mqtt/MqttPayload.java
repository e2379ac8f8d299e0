package org.rampart.indicator.mqtt;

import java.util.ArrayList;
import java.util.List;
import org.rampart.indicator.ObservationInput;
import org.rampart.indicator.ObservationManagement;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read an MQTT payload: one observation {@code {"indicator", "jurisdiction", "time", "value"}} or a batch
 * {@code {"observations": [...]}} as over REST. NaN and Infinity are read so that validation refuses them item by
 * item; values go on as text. A payload of another shape is refused with a bad-input exception.
 */
final class MqttPayload {

    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private MqttPayload() {
    }

    static List<ObservationInput> read(byte[] payload) {
        JsonNode root;
        try {
            root = LENIENT.readTree(payload);
        } catch (JacksonException e) {
            throw BadInputException.field("payload", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw BadInputException.field("payload", "must be a JSON object: one observation or {\"observations\": [...]}");
        }
        JsonNode items = root.get("observations");
        if (items == null) {
            if (!root.has("indicator") && !root.has("jurisdiction") && !root.has("value")) {
                throw BadInputException.field("payload",
                        "must hold indicator, jurisdiction, time and value, or an array \"observations\"");
            }
            return List.of(input(root));
        }
        if (!items.isArray()) {
            throw BadInputException.field("observations", "must be an array of observations");
        }
        if (items.size() > ObservationManagement.MAX_BATCH) {
            throw BadInputException.field("observations", "holds " + items.size() + " items; at most "
                    + ObservationManagement.MAX_BATCH + " per message");
        }
        List<ObservationInput> inputs = new ArrayList<>(items.size());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isObject()) {
                inputs.add(input(item));
            } else {
                problems.add(Problem.item(i, null, "must be an object with indicator, jurisdiction, time and value"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The message holds items that are not observations", problems);
        }
        return inputs;
    }

    private static ObservationInput input(JsonNode item) {
        return new ObservationInput(text(item.get("indicator")), text(item.get("jurisdiction")), text(item.get("time")),
                value(item.get("value")), null);
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
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
