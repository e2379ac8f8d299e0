package org.rampart.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The nearest known name of a misspelt member or column. */
class NearestTests {

    @Test
    void aMisspeltNameSuggestsTheNearestKnownOne() {
        List<String> known = List.of("code", "economicLoss", "deaths", "injured", "occurredAt");
        assertThat(Nearest.suggest("directEconomicLoss", known)).isEqualTo("economicLoss");
        assertThat(Nearest.suggest("deatsh", known)).isEqualTo("deaths");
        assertThat(Nearest.suggest("injurd", known)).isEqualTo("injured");
        assertThat(Nearest.suggest("CODE", known)).isEqualTo("code");
        assertThat(Nearest.suggest("colour", known)).isNull();
        assertThat(Nearest.suggest(null, known)).isNull();
        assertThat(Nearest.suggest("code", List.of())).isNull();
        assertThat(Nearest.distance("ab", "ba")).isEqualTo(1);
    }
}
