package org.rampart.indicator.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(refused("nope")).singleElement().asString().startsWith("payload: json.malformed");
        assertThat(refused("")).containsExactly("payload: observation.message.shape");
        assertThat(refused("42")).containsExactly("payload: observation.message.shape");
        assertThat(refused("{\"other\":1}")).containsExactly("other: member.unknown");
        assertThat(refused("{\"observations\":{}}")).containsExactly("observations: json.expected.list");
        assertThat(refused("{\"observations\":[1]}")).containsExactly("item 0: observation.item.not-object");
        assertThat(refused("{\"indicator\":\"R\",\"jurisdiction\":\"DP\",\"time\":\"t\",\"valu\":1}"))
                .containsExactly("valu: member.unknown.suggest [value]");
    }

    private static List<String> refused(String json) {
        try {
            read(json);
        } catch (BadInputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("accepted: " + json);
    }
}
