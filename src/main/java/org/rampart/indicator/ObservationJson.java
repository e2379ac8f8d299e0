package org.rampart.indicator;

import java.util.ArrayList;
import java.util.List;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

    /**
     * Read the batch with a streaming parser: a batch of 10,000 items would otherwise be built as a tree of some
     * 50,000 nodes first, only to be copied into inputs.
     */
    static Batch read(byte[] body, int maxItems) {
        try (JsonParser parser = LENIENT.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                if (parser.currentToken() != null) {
                    parser.skipChildren();
                    requireEnd(parser);
                }
                throw BadInputException.field("body", "must be a JSON object with an array \"observations\"");
            }
            List<ObservationInput> inputs = null;
            List<Problem> problems = new ArrayList<>();
            boolean skipBad = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("observations".equals(name)) {
                    if (token != JsonToken.START_ARRAY) {
                        throw BadInputException.field("observations", "is required: an array of observations");
                    }
                    inputs = new ArrayList<>();
                    problems.clear();
                    items(parser, maxItems, inputs, problems);
                } else if ("skipBad".equals(name)) {
                    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE && token != JsonToken.VALUE_NULL) {
                        throw BadInputException.field("skipBad", "must be true or false");
                    }
                    skipBad = token == JsonToken.VALUE_TRUE;
                } else {
                    parser.skipChildren();
                }
            }
            requireEnd(parser);
            if (inputs == null) {
                throw BadInputException.field("observations", "is required: an array of observations");
            }
            return new Batch(inputs, skipBad, problems);
        } catch (JacksonException e) {
            throw BadInputException.field("body", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Nothing but white space may follow the root value. */
    private static void requireEnd(JsonParser parser) {
        if (parser.nextToken() != null) {
            throw BadInputException.field("body", "is not valid JSON: more than one value at the top level");
        }
    }

    private static void items(JsonParser parser, int maxItems, List<ObservationInput> inputs, List<Problem> problems) {
        int i = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), i++) {
            if (i >= maxItems) {
                // count the rest without keeping it, to say how many there were
                int count = i;
                for (JsonToken t = token; t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    parser.skipChildren();
                    count++;
                }
                throw BadInputException.field("observations", "holds " + count + " items; at most " + maxItems
                        + " per batch");
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                problems.add(Problem.item(i, null, "must be an object with indicator, jurisdiction, time and value"));
                inputs.add(null);
                continue;
            }
            String indicator = null;
            String jurisdiction = null;
            String time = null;
            String value = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken t = parser.nextToken();
                switch (name) {
                    case "indicator" -> indicator = text(parser, t);
                    case "jurisdiction" -> jurisdiction = text(parser, t);
                    case "time" -> time = text(parser, t);
                    case "value" -> value = value(parser, t);
                    default -> parser.skipChildren();
                }
            }
            inputs.add(new ObservationInput(indicator, jurisdiction, time, value, null));
        }
    }

    /** A field as text: null for JSON null, the value of a scalar, the JSON text of an array or object. */
    private static String text(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return parser.getString();
        }
        JsonNode node = parser.readValueAsTree();
        return node.toString();
    }

    /** A value as text for the one validation path; the non-standard NaN and Infinity by their names. */
    private static String value(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_FLOAT && parser.isNaN()) {
            double d = parser.getDoubleValue();
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        return text(parser, token);
    }
}
