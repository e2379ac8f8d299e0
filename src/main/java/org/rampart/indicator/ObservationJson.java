package org.rampart.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Nearest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read a JSON batch {@code {"observations": [{"indicator", "jurisdiction", "time", "value"}], "skipBad": false}}, or
 * an MQTT message (one observation, or a batch without {@code skipBad}). Strict like the application's other bodies:
 * an unknown member (with the known one it most likely meant), a member given twice, and a text member given as an
 * array or object refuse the whole body, naming the member, whether or not bad items are skipped. The non-standard
 * numbers NaN and Infinity are read so that they can be refused item by item, not as a broken body; values are handed
 * on as text for the one validation path.
 */
public final class ObservationJson {

    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final List<String> BATCH = List.of("observations", "skipBad");
    private static final List<String> ITEM = List.of("indicator", "jurisdiction", "time", "value");

    private ObservationJson() {
    }

    /** The items (null where an item is not an object), the skip flag and per-item shape problems. */
    public record Batch(List<ObservationInput> inputs, boolean skipBad, List<Problem> problems) {
    }

    /**
     * Read a REST batch with a streaming parser (a batch of 10,000 items would otherwise be built as a tree of some
     * 50,000 nodes first, only to be copied into inputs); throw bad-input naming the field for a body that is not one.
     */
    static Batch read(byte[] body, int maxItems) {
        return read(body, maxItems, "body", false);
    }

    /**
     * Read an MQTT message: one observation or a batch {@code {"observations": [...]}} of at most {@code maxItems};
     * throw bad-input naming {@code payload} or the member for a message of another shape.
     */
    public static Batch message(byte[] payload, int maxItems) {
        return read(payload, maxItems, "payload", true);
    }

    private static Batch read(byte[] body, int maxItems, String root, boolean message) {
        try (JsonParser parser = LENIENT.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                if (parser.currentToken() != null) {
                    parser.skipChildren();
                    requireEnd(parser, root);
                }
                throw message ? BadInputException.of(root, "observation.message.shape")
                        : BadInputException.of(root, "observation.body.shape");
            }
            List<ObservationInput> inputs = null;
            List<Problem> problems = new ArrayList<>();
            List<Problem> refused = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            boolean skipBad = false;
            Item single = new Item();
            boolean singleGiven = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (!seen.add(name)) {
                    refused.add(Problem.at(name, "member.duplicate"));
                    parser.skipChildren();
                } else if ("observations".equals(name)) {
                    if (token != JsonToken.START_ARRAY) {
                        throw BadInputException.of("observations", "json.expected.list");
                    }
                    inputs = new ArrayList<>();
                    items(parser, maxItems, inputs, problems, refused);
                } else if ("skipBad".equals(name) && !message) {
                    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE && token != JsonToken.VALUE_NULL) {
                        throw BadInputException.of("skipBad", "json.expected.boolean");
                    }
                    skipBad = token == JsonToken.VALUE_TRUE;
                } else if (message && ITEM.contains(name)) {
                    single.read(parser, name, token, null, refused);
                    singleGiven = true;
                } else {
                    refused.add(unknown(null, name, message ? union() : BATCH));
                    parser.skipChildren();
                }
            }
            requireEnd(parser, root);
            BadInputException.throwIfAny(refused);
            if (message && (inputs == null) == !singleGiven) {
                // neither an observation nor a batch, or both at once
                throw BadInputException.of(root, "observation.message.shape");
            }
            if (singleGiven) {
                return new Batch(List.of(single.input()), false, List.of());
            }
            if (inputs == null) {
                throw BadInputException.of("observations", "value.required");
            }
            return new Batch(inputs, skipBad, problems);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw at == null ? BadInputException.of(root, "json.unreadable")
                    : BadInputException.of(root, "json.malformed", at.getLineNr(), at.getColumnNr());
        }
    }

    private static List<String> union() {
        List<String> all = new ArrayList<>(ITEM);
        all.add("observations");
        return all;
    }

    /** Nothing but white space may follow the root value. */
    private static void requireEnd(JsonParser parser, String root) {
        if (parser.nextToken() != null) {
            throw BadInputException.of(root, "observation.json.trailing");
        }
    }

    private static void items(JsonParser parser, int maxItems, List<ObservationInput> inputs, List<Problem> problems,
            List<Problem> refused) {
        int i = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), i++) {
            if (i >= maxItems) {
                // count the rest without keeping it, to say how many there were
                int count = i;
                for (JsonToken t = token; t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    parser.skipChildren();
                    count++;
                }
                throw BadInputException.of("observations", "observation.batch.too-many", count, maxItems);
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                problems.add(Problem.atItem(i, null, "observation.item.not-object"));
                inputs.add(null);
                continue;
            }
            Item item = new Item();
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken t = parser.nextToken();
                if (!seen.add(name)) {
                    refused.add(Problem.atItem(i, name, "member.duplicate"));
                    parser.skipChildren();
                } else if (ITEM.contains(name)) {
                    item.read(parser, name, t, i, refused);
                } else {
                    refused.add(unknown(i, name, ITEM));
                    parser.skipChildren();
                }
            }
            inputs.add(item.input());
        }
    }

    /** An unknown member, at the top level or of an item, with the known member it most likely meant. */
    private static Problem unknown(Integer index, String name, List<String> known) {
        String nearest = Nearest.suggest(name, known);
        Problem p = nearest == null ? Problem.at(name, "member.unknown") : Problem.at(name, "member.unknown.suggest", nearest);
        return index == null ? p : p.onItem(index);
    }

    /** The members of one observation as they are read. */
    private static final class Item {

        private String indicator;
        private String jurisdiction;
        private String time;
        private String value;

        /** Read a known member; a text member given as an array or object is refused. */
        void read(JsonParser parser, String name, JsonToken token, Integer index, List<Problem> refused) {
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                parser.skipChildren();
                Problem p = "value".equals(name) ? Problem.at(name, "json.expected.number")
                        : Problem.at(name, "json.expected.text");
                refused.add(index == null ? p : p.onItem(index));
                return;
            }
            switch (name) {
                case "indicator" -> indicator = text(parser, token);
                case "jurisdiction" -> jurisdiction = text(parser, token);
                case "time" -> time = text(parser, token);
                default -> value = value(parser, token);
            }
        }

        ObservationInput input() {
            return new ObservationInput(indicator, jurisdiction, time, value, null);
        }
    }

    /** A scalar member as text: null for JSON null. */
    private static String text(JsonParser parser, JsonToken token) {
        return token == JsonToken.VALUE_NULL ? null : parser.getString();
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
