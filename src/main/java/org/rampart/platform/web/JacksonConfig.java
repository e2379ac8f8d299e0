package org.rampart.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * Strict reading of JSON bodies by the application's {@code JsonMapper} (the one MVC uses): an unknown member is
 * refused (a misspelt member must never silently leave a grade or a count at its default), a fraction is never cut
 * to a whole number, and a member given twice is refused instead of the last one silently winning. ErrorHandling
 * turns each refusal into a problem naming the member.
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
}
