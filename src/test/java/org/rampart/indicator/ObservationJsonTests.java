package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException;

class ObservationJsonTests {

    private static ObservationJson.Batch read(String body, int max) {
        return ObservationJson.read(body.getBytes(StandardCharsets.UTF_8), max);
    }

    private static String field(String body) {
        try {
            read(body, 3);
        } catch (BadInputException e) {
            return e.problems().get(0).field() + ": " + e.problems().get(0).reason();
        }
        throw new AssertionError("accepted: " + body);
    }

    @Test
    void itemsAreReadInOrderWithValuesAsTheyWereWritten() {
        var batch = read("""
                {"skipBad": true, "observations": [
                  {"indicator": "RAIN", "jurisdiction": "DP-01", "time": "2026-11-27T08:00:00Z", "value": 12.50, "extra": [1, {"a": 2}]},
                  {"value": "7", "time": null, "jurisdiction": {"code": "X"}, "indicator": 5},
                  [1, 2],
                  {"value": NaN}, {"value": -Infinity}, {"value": 1e3}
                ]}""", 10);
        assertThat(batch.skipBad()).isTrue();
        assertThat(batch.inputs()).hasSize(6);
        assertThat(batch.inputs().get(0)).isEqualTo(new ObservationInput("RAIN", "DP-01", "2026-11-27T08:00:00Z", "12.50", null));
        assertThat(batch.inputs().get(1)).isEqualTo(new ObservationInput("5", "{\"code\":\"X\"}", null, "7", null));
        assertThat(batch.inputs().get(2)).isNull();
        assertThat(batch.problems()).singleElement().satisfies(p -> assertThat(p.index()).isEqualTo(2));
        assertThat(batch.inputs().get(3).value()).isEqualTo("NaN");
        assertThat(batch.inputs().get(4).value()).isEqualTo("-Infinity");
        assertThat(batch.inputs().get(5).value()).isEqualTo("1e3");
    }

    @Test
    void aBodyThatIsNotSuchABatchIsRefusedNamingTheField() {
        assertThat(field("[]")).startsWith("body: must be a JSON object");
        assertThat(field("{\"observations\": {}}")).startsWith("observations: is required");
        assertThat(field("{\"skipBad\": false}")).startsWith("observations: is required");
        assertThat(field("{\"observations\": [], \"skipBad\": \"yes\"}")).startsWith("skipBad: must be true or false");
        assertThat(field("{\"observations\": [{}, {}, {}, {}]}")).isEqualTo("observations: holds 4 items; at most 3 per batch");
        assertThat(field("{\"observations\": [}")).startsWith("body: is not valid JSON");
        assertThat(field("{\"observations\": []} {}")).startsWith("body: is not valid JSON");
        assertThat(field("")).startsWith("body: must be a JSON object");
    }
}
