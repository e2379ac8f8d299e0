package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException;

class ObservationJsonTests {

    private static ObservationJson.Batch read(String body, int max) {
        return ObservationJson.read(body.getBytes(StandardCharsets.UTF_8), max);
    }

    /** The problems of a refused body, each as its toString (index, field, code and arguments). */
    private static List<String> refused(String body) {
        try {
            read(body, 3);
        } catch (BadInputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("accepted: " + body);
    }

    private static List<String> refusedMessage(String payload) {
        try {
            ObservationJson.message(payload.getBytes(StandardCharsets.UTF_8), 3);
        } catch (BadInputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        throw new AssertionError("accepted: " + payload);
    }

    @Test
    void itemsAreReadInOrderWithValuesAsTheyWereWritten() {
        var batch = read("""
                {"skipBad": true, "observations": [
                  {"indicator": "RAIN", "jurisdiction": "DP-01", "time": "2026-11-27T08:00:00Z", "value": 12.50},
                  {"value": "7", "time": null, "jurisdiction": "X", "indicator": 5},
                  [1, 2],
                  {"value": NaN}, {"value": -Infinity}, {"value": 1e3}
                ]}""", 10);
        assertThat(batch.skipBad()).isTrue();
        assertThat(batch.inputs()).hasSize(6);
        assertThat(batch.inputs().get(0)).isEqualTo(new ObservationInput("RAIN", "DP-01", "2026-11-27T08:00:00Z", "12.50", null));
        assertThat(batch.inputs().get(1)).isEqualTo(new ObservationInput("5", "X", null, "7", null));
        assertThat(batch.inputs().get(2)).isNull();
        assertThat(batch.problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(2);
            assertThat(p.code()).isEqualTo("observation.item.not-object");
        });
        assertThat(batch.inputs().get(3).value()).isEqualTo("NaN");
        assertThat(batch.inputs().get(4).value()).isEqualTo("-Infinity");
        assertThat(batch.inputs().get(5).value()).isEqualTo("1e3");
    }

    @Test
    void aBodyThatIsNotSuchABatchIsRefusedNamingTheField() {
        assertThat(refused("[]")).containsExactly("body: observation.body.shape");
        assertThat(refused("{\"observations\": {}}")).containsExactly("observations: json.expected.list");
        assertThat(refused("{\"skipBad\": false}")).containsExactly("observations: value.required");
        assertThat(refused("{\"observations\": [], \"skipBad\": \"yes\"}")).containsExactly("skipBad: json.expected.boolean");
        assertThat(refused("{\"observations\": [{}, {}, {}, {}]}"))
                .containsExactly("observations: observation.batch.too-many [4, 3]");
        assertThat(refused("{\"observations\": [}")).singleElement().asString().startsWith("body: json.malformed [1, ");
        assertThat(refused("{\"observations\": []} {}")).containsExactly("body: observation.json.trailing");
        assertThat(refused("")).containsExactly("body: observation.body.shape");
    }

    @Test
    void anUnknownMemberIsRefusedNamingItAndTheNearestKnownOne() {
        assertThat(refused("{\"observations\": [], \"skipbad\": true}"))
                .containsExactly("skipbad: member.unknown.suggest [skipBad]");
        assertThat(refused("{\"observation\": []}")).containsExactly("observation: member.unknown.suggest [observations]");
        assertThat(refused("""
                {"observations": [{"indicator": "R", "jurisdiction": "J", "time": "t", "value": 1},
                                  {"indicator": "R", "jurisdction": "J", "time": "t", "valeu": 2, "extra": [1, {"a": 2}]}]}"""))
                .containsExactly("item 1: jurisdction: member.unknown.suggest [jurisdiction]",
                        "item 1: valeu: member.unknown.suggest [value]", "item 1: extra: member.unknown");
    }

    @Test
    void aMemberGivenTwiceIsRefusedInsteadOfTheLastOneWinning() {
        assertThat(refused("{\"observations\": [{\"indicator\": \"R\", \"value\": 1, \"value\": 2}]}"))
                .containsExactly("item 0: value: member.duplicate");
        assertThat(refused("{\"observations\": [], \"skipBad\": true, \"skipBad\": false}"))
                .containsExactly("skipBad: member.duplicate");
        assertThat(refused("{\"observations\": [{\"value\": 1}], \"observations\": []}"))
                .containsExactly("observations: member.duplicate");
    }

    @Test
    void aTextOrNumberGivenAsAnArrayOrObjectIsRefused() {
        assertThat(refused("{\"observations\": [{\"jurisdiction\": {\"code\": \"X\"}, \"value\": [1]}]}"))
                .containsExactly("item 0: jurisdiction: json.expected.text", "item 0: value: json.expected.number");
    }

    @Test
    void anMqttMessageIsOneObservationOrABatchReadAsStrictly() {
        var one = ObservationJson.message("{\"indicator\": \"R\", \"jurisdiction\": \"J\", \"time\": \"t\", \"value\": 1}"
                .getBytes(StandardCharsets.UTF_8), 3);
        assertThat(one.inputs()).containsExactly(new ObservationInput("R", "J", "t", "1", null));
        assertThat(refusedMessage("{\"indicator\": \"R\", \"vlaue\": 1}")).containsExactly("vlaue: member.unknown.suggest [value]");
        assertThat(refusedMessage("{\"observations\": [], \"skipBad\": true}")).containsExactly("skipBad: member.unknown");
        assertThat(refusedMessage("{}")).containsExactly("payload: observation.message.shape");
        assertThat(refusedMessage("{\"observations\": [], \"value\": 1}")).containsExactly("payload: observation.message.shape");
        assertThat(refusedMessage("42")).containsExactly("payload: observation.message.shape");
    }
}
