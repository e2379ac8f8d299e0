package org.rampart.incident;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Read a count of people from JSON, refusing a fraction ({@code "deaths": 2.7} was stored as 2): a whole number only.
 * Other tokens are read as Jackson reads an integer.
 */
final class WholeNumberDeserializer extends StdDeserializer<Integer> {

    WholeNumberDeserializer() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext context) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            throw InvalidFormatException.from(p, "not a whole number", p.getString(), Integer.class);
        }
        return context.readValue(p, Integer.class);
    }
}
