package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.shared.RiskDomain;

class ObservationValidatorTests {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant NOW = Instant.parse("2026-11-27T08:30:00Z");
    private static final Indicator DAILY = indicator(1, "CASES", PeriodType.DAILY, true);
    private static final Indicator OFF = indicator(2, "OLD", PeriodType.DAILY, false);
    private static final Map<String, Indicator> INDICATORS = Map.of("CASES", DAILY, "OLD", OFF);
    private static final Map<String, ObservationRepository.Place> PLACES = Map.of("A",
            new ObservationRepository.Place(10, "A", "/1/10/", 100L));

    private static Indicator indicator(long id, String code, PeriodType period, boolean active) {
        return new Indicator(id, code, code, code, RiskDomain.DISPUTES, "cases", period, Aggregation.SUM, null, null, null,
                active, NOW);
    }

    private static ObservationValidator.Result validate(ObservationInput... inputs) {
        return ObservationValidator.validate(Arrays.asList(inputs), INDICATORS, PLACES, NOW, UTC);
    }

    private static ObservationInput in(String indicator, String place, String time, String value) {
        return new ObservationInput(indicator, place, time, value, null);
    }

    @Test
    void aValidItemIsNormalisedToItsPeriodStart() {
        var result = validate(in("CASES", "A", "2026-11-26T17:20:00+08:00", "4"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid().get(0).row().periodStart()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(result.valid().get(0).row().value()).isEqualTo(4.0);
    }

    @Test
    void everyBadItemIsNamedWithItsIndexFieldAndReason() {
        var result = validate(in("NOPE", "A", "2026-11-26", "1"), in("CASES", "B", "2026-11-26", "1"),
                in("OLD", "A", "2026-11-26", "1"), in("CASES", "A", "2026-11-27T10:00:00Z", "1"),
                in("CASES", "A", "yesterday", "1"), in("CASES", "A", "2026-11-25", "NaN"),
                in("CASES", "A", "2026-11-25", "-Infinity"), in("CASES", "A", "2026-11-25", "1e999"),
                in("CASES", "A", "2026-11-24", "0x10"), in("CASES", "A", "2026-11-24T12:00:00Z", "2"),
                in("CASES", "A", "2026-11-24T18:00:00Z", "3"), in(null, null, null, null));
        List<String> problems = result.problems().stream().map(Object::toString).toList();
        assertThat(problems).containsExactly(
                "item 0: indicator: indicator.unknown [NOPE]",
                "item 1: jurisdiction: jurisdiction.unknown [B]",
                "item 2: indicator: indicator.inactive [OLD]",
                "item 3: time: observation.time.ahead [2026-11-27T10:00:00Z]",
                "item 4: time: observation.time.invalid [yesterday]",
                "item 5: value: number.not-finite",
                "item 6: value: number.not-finite",
                "item 7: value: observation.value.too-large [1e999]",
                "item 8: value: number.invalid [0x10]",
                "item 10: time: observation.duplicate.item [9]",
                "item 11: indicator: value.required",
                "item 11: jurisdiction: value.required",
                "item 11: time: value.required",
                "item 11: value: value.required");
        assertThat(result.valid()).extracting(ObservationValidator.Valid::index).containsExactly(9);
    }

    @Test
    void csvItemsAreNamedByLine() {
        var result = ObservationValidator.validate(List.of(new ObservationInput("CASES", "A", "2026-11-26", "x", 7)),
                INDICATORS, PLACES, NOW, UTC);
        assertThat(result.problems().get(0).line()).isEqualTo(7);
        assertThat(result.problems().get(0).index()).isNull();
        var twice = ObservationValidator.validate(List.of(new ObservationInput("CASES", "A", "2026-11-26", "1", 2),
                new ObservationInput("CASES", "A", "2026-11-26T12:00:00Z", "2", 5)), INDICATORS, PLACES, NOW, UTC);
        assertThat(twice.problems()).extracting(Object::toString).containsExactly("line 5: time: observation.duplicate.line [2]");
    }

    @Test
    void theDecimalCheckAcceptsExactlyWhatTheDocumentedGrammarAccepts() {
        java.util.regex.Pattern grammar = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,4})?");
        for (String v : List.of("0", "-1", "+2.5", "3.", ".5", "1e3", "1E-4", "2.5e+10", "1e12345", "", ".", "-", "e5",
                "1e", "1.2.3", "١٢", "1 ", "0x10", "1_000", "--1", "1e+")) {
            assertThat(ObservationValidator.isDecimal(v)).as(v).isEqualTo(grammar.matcher(v).matches());
        }
        java.util.Random random = new java.util.Random(20261127);
        String alphabet = "0123456789.+-eE x";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = b.toString();
            assertThat(ObservationValidator.isDecimal(v)).as(v).isEqualTo(grammar.matcher(v).matches());
        }
    }

    @Test
    void repeatedTimeTextsAreReadOnceButEachItemKeepsItsOwnPeriod() {
        var result = validate(in("CASES", "A", "2026-11-26T17:20:00+08:00", "1"),
                in("CASES", "A", "2026-11-25T10:00:00Z", "2"), in("CASES", "A", "2026-11-26T17:20:00+08:00", "3"));
        assertThat(result.valid()).extracting(v -> v.row().periodStart())
                .containsExactly(Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("observation.duplicate.item");
            assertThat(p.args()).containsExactly("0");
        });
    }
}
