package org.rampart.indicator.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.indicator.ObservationInput;
import org.rampart.shared.BadInputException;

class MqttPayloadTests {

    private static List<ObservationInput> read(String json) {
        return MqttPayload.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsOneObservation() {
        assertThat(read("{\"indicator\":\"RAIN\",\"jurisdiction\":\"DP\",\"time\":\"2026-01-01T00:00:00Z\",\"value\":1.5}"))
                .containsExactly(new ObservationInput("RAIN", "DP", "2026-01-01T00:00:00Z", "1.5", null));
    }

    @Test
    void readsABatchAndHandsNonFiniteNumbersOnForValidation() {
        assertThat(read("{\"observations\":[{\"indicator\":\"A\",\"jurisdiction\":\"DP\",\"time\":\"t\",\"value\":NaN},"
                + "{\"indicator\":\"B\",\"jurisdiction\":\"DP\",\"time\":\"t\",\"value\":-Infinity}]}"))
                .extracting(ObservationInput::value).containsExactly("NaN", "-Infinity");
    }

    @Test
    void refusesWhatIsNotAnObservationMessage() {
        assertThatThrownBy(() -> read("nope")).isInstanceOf(BadInputException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> read("42")).isInstanceOf(BadInputException.class).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> read("{\"other\":1}")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("indicator");
        assertThatThrownBy(() -> read("{\"observations\":{}}")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("array");
        assertThatThrownBy(() -> read("{\"observations\":[1]}")).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.index()).isZero()));
    }
}
