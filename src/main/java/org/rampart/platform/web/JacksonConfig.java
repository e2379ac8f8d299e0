package org.rampart.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict reading of JSON bodies by the application's {@code JsonMapper} (the one MVC uses): an unknown member is
 * refused (a misspelt member must never silently leave a grade or a count at its default), a fraction is never cut
 * to a whole number, and a member given twice is refused instead of the last one silently winning. ErrorHandling
 * turns each refusal into a problem naming the member. JSON we stored ourselves is read leniently instead: an event
 * publication written before an event record gained or lost a member must still be republished.
 */
@Configuration
class JacksonConfig {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Spring Modulith's serializer of event publications, with the application's mapper (its modules) but without the
     * refusal of unknown members: the stored events outlive the version of the records that wrote them.
     */
    @Bean
    EventSerializer eventSerializer(JsonMapper json) {
        JsonMapper stored = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new EventSerializer() {
            @Override
            public Object serialize(Object event) {
                return stored.writeValueAsString(event);
            }

            @Override
            public <T> T deserialize(Object serialized, Class<T> type) {
                return stored.readerFor(type).readValue(serialized.toString());
            }
        };
    }
}
