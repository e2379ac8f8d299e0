package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rampart.warning.WarningLevel.BLUE;
import static org.rampart.warning.WarningLevel.ORANGE;
import static org.rampart.warning.WarningLevel.RED;
import static org.rampart.warning.WarningLevel.YELLOW;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.rampart.warning.WarningFixtures.english;

import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;

class RuleValidatorTests {

    static List<String> fields(RuleDefinition d) {
        return RuleValidator.problems(d).stream().map(Problem::field).toList();
    }

    static Map<WarningLevel, Double> levels(double blue, double yellow, double orange, double red) {
        return RuleFixtures.levels(blue, yellow, orange, red);
    }

    @Test
    void higherIsWorseNeedsRisingThresholds() {
        assertThat(fields(RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(1, 2, 3, 4), List.of(), 1)))
                .isEmpty();
        assertThat(fields(RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(1, 3, 2, 4), List.of(), 1)))
                .containsExactly("thresholds.ORANGE");
        assertThat(fields(RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(1, 2, 2, 4), List.of(), 1)))
                .containsExactly("thresholds.ORANGE");
    }

    @Test
    void lowerIsWorseNeedsFallingThresholds() {
        assertThat(fields(RuleDefinition.threshold(Direction.LOWER_IS_WORSE, levels(4, 3, 2, 1), List.of(), 1)))
                .isEmpty();
        List<Problem> problems = RuleValidator.problems(
                RuleDefinition.threshold(Direction.LOWER_IS_WORSE, levels(1, 2, 3, 4), List.of(), 1));
        assertThat(problems).extracting(Problem::field)
                .containsExactly("thresholds.YELLOW", "thresholds.ORANGE", "thresholds.RED");
        assertThat(english(problems.get(0))).contains("less than the BLUE threshold 1.0");
    }

    @Test
    void gapsBetweenLevelsAreAllowedButTheOrderStillHolds() {
        assertThat(fields(RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(BLUE, 5.0, RED, 1.0),
                List.of(), 1))).containsExactly("thresholds.RED");
    }

    @Test
    void everythingRequiredIsNamed() {
        RuleDefinition empty = new RuleDefinition(null, null, Map.of(), null, null, null, null, null, 0);
        assertThat(fields(empty)).contains("type", "direction", "thresholds", "recoverAfter");
        assertThat(fields(null)).containsExactly("definition");
    }

    @Test
    void thresholdsMustBeFinite() {
        assertThat(fields(RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(BLUE, Double.NaN,
                RED, Double.POSITIVE_INFINITY), List.of(), 1))).containsExactly("thresholds.BLUE", "thresholds.RED");
    }

    @Test
    void hysteresisNeedsAtLeastOneObservation() {
        assertThat(fields(RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(1, 2, 3, 4), List.of(), 0)))
                .containsExactly("recoverAfter");
        assertThat(fields(RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(1, 2, 3, 4), List.of(), 1001)))
                .containsExactly("recoverAfter");
    }

    @Test
    void overridesAreCheckedLikeTheDefaults() {
        RuleDefinition d = RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(1, 2, 3, 4), Arrays.asList(
                new ThresholdOverride("DP-01", levels(10, 20, 30, 40)),
                new ThresholdOverride(" ", Map.of(BLUE, 1.0)),
                new ThresholdOverride("DP-02", levels(10, 30, 20, 40)),
                new ThresholdOverride("DP-01", Map.of()),
                null), 1);
        assertThat(fields(d)).containsExactly("overrides[1].jurisdiction", "overrides[2].thresholds.ORANGE",
                "overrides[3].jurisdiction", "overrides[3].thresholds", "overrides[4]");
    }

    @Test
    void rateOfChangeNeedsAComparisonAndAPeriod() {
        RuleDefinition d = new RuleDefinition(RuleType.RATE_OF_CHANGE, Direction.HIGHER_IS_WORSE,
                levels(10, 20, 30, 40), null, null, null, "monthly", List.of(), 1);
        assertThat(fields(d)).containsExactly("comparison", "period");
        assertThat(fields(RuleDefinition.rateOfChange(Direction.LOWER_IS_WORSE, Comparison.SAME_PERIOD_LAST_YEAR,
                "P1M", levels(-5, -10, -20, -30), 1))).isEmpty();
        assertThat(fields(RuleDefinition.rateOfChange(Direction.LOWER_IS_WORSE, Comparison.PREVIOUS_PERIOD,
                "P0D", levels(-5, -10, -20, -30), 1))).containsExactly("period");
    }

    @Test
    void windowRulesNeedAWindowPerLevelAndAnAggregate() {
        RuleDefinition d = new RuleDefinition(RuleType.WINDOW, Direction.HIGHER_IS_WORSE,
                Map.of(BLUE, 50.0, YELLOW, 50.0, RED, 100.0), Map.of(BLUE, "PT12H", YELLOW, "six hours",
                ORANGE, "PT3H"), null, null, null, List.of(), 1);
        assertThat(fields(d)).containsExactlyInAnyOrder("windows.YELLOW", "windows.RED", "windows.ORANGE",
                "aggregate");
        assertThat(fields(RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.SUM, Map.of(BLUE, 1.0),
                Map.of(BLUE, "-PT1H"), 1))).containsExactly("windows.BLUE");
    }

    @Test
    void aMoreSeriousWindowLevelMustBeHarderToReach() {
        // A longer window with the same amount is easier to reach, so it cannot be more serious.
        assertThat(fields(RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.SUM,
                Map.of(BLUE, 50.0, YELLOW, 50.0), Map.of(BLUE, "PT3H", YELLOW, "PT6H"), 1)))
                .containsExactly("windows.YELLOW");
        assertThat(fields(RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.SUM,
                Map.of(BLUE, 50.0, YELLOW, 40.0), Map.of(BLUE, "PT6H", YELLOW, "PT3H"), 1)))
                .containsExactly("thresholds.YELLOW");
        assertThat(fields(RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.SUM,
                Map.of(BLUE, 50.0, YELLOW, 50.0), Map.of(BLUE, "PT3H", YELLOW, "PT3H"), 1)))
                .containsExactly("thresholds.YELLOW");
        assertThat(fields(RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.MEAN,
                Map.of(BLUE, 50.0, YELLOW, 50.0), Map.of(BLUE, "PT6H", YELLOW, "PT3H"), 1)))
                .containsExactly("thresholds.YELLOW");
        assertThat(fields(RuleDefinition.window(Direction.LOWER_IS_WORSE, Aggregate.SUM,
                Map.of(BLUE, 10.0, YELLOW, 10.0), Map.of(BLUE, "PT6H", YELLOW, "PT3H"), 1)))
                .containsExactly("windows.YELLOW");
    }

    @Test
    void windowOverridesKeepTheDefaultWindows() {
        RuleDefinition d = new RuleDefinition(RuleType.WINDOW, Direction.HIGHER_IS_WORSE,
                Map.of(BLUE, 50.0, ORANGE, 50.0), Map.of(BLUE, "PT12H", ORANGE, "PT3H"), Aggregate.SUM, null, null,
                List.of(new ThresholdOverride("DP-01", Map.of(BLUE, 60.0, ORANGE, 70.0)),
                        new ThresholdOverride("DP-02", Map.of(RED, 80.0)),
                        new ThresholdOverride("DP-03", Map.of(BLUE, 80.0, ORANGE, 60.0))), 1);
        assertThat(fields(d)).containsExactly("overrides[1].thresholds.RED", "overrides[2].thresholds.ORANGE");
    }

    @Test
    void missingDataCountsWholePeriodsAndIsHigherIsWorse() {
        assertThat(fields(RuleDefinition.missingData("PT1H", Map.of(BLUE, 2.0, RED, 6.0), 1))).isEmpty();
        assertThat(fields(RuleDefinition.missingData("PT1H", Map.of(BLUE, 2.5, RED, 0.0), 1)))
                .containsExactly("thresholds.BLUE", "thresholds.RED", "thresholds.RED");
        assertThat(fields(new RuleDefinition(RuleType.MISSING_DATA, Direction.LOWER_IS_WORSE, Map.of(BLUE, 2.0),
                null, null, null, null, List.of(), 1))).containsExactly("direction", "period");
    }

    @Test
    void onlyWindowRulesHaveWindows() {
        assertThat(fields(new RuleDefinition(RuleType.THRESHOLD, Direction.HIGHER_IS_WORSE, Map.of(BLUE, 2.0),
                Map.of(BLUE, "PT1H"), null, null, null, List.of(), 1))).containsExactly("windows");
    }

    @Test
    void checkThrowsWithEveryProblem() {
        assertThatThrownBy(() -> RuleValidator.check(RuleDefinition.threshold(Direction.HIGHER_IS_WORSE,
                levels(4, 3, 2, 1), List.of(), 0)))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems()).hasSize(4));
    }
}
