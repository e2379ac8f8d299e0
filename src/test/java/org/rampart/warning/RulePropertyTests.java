package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties checked over many random rules and series with fixed seeds, so that a failure repeats. */
class RulePropertyTests {

    static RuleDefinition randomThresholdRule(Random random, int recoverAfter) {
        Direction direction = random.nextBoolean() ? Direction.HIGHER_IS_WORSE : Direction.LOWER_IS_WORSE;
        Map<WarningLevel, Double> thresholds = new EnumMap<>(WarningLevel.class);
        double t = random.nextDouble() * 100 - 50;
        for (WarningLevel level : WarningLevel.values()) {
            if (random.nextInt(4) > 0 || thresholds.isEmpty() && level == WarningLevel.RED) {
                thresholds.put(level, t);
                double step = 0.5 + random.nextDouble() * 20;
                t += direction == Direction.HIGHER_IS_WORSE ? step : -step;
            }
        }
        RuleDefinition rule = RuleDefinition.threshold(direction, thresholds, List.of(), recoverAfter);
        assertThat(RuleValidator.problems(rule)).isEmpty();
        return rule;
    }

    static int rank(WarningLevel level) {
        return level == null ? -1 : level.ordinal();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void evaluationIsMonotoneInTheValueForThresholdRules(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            RuleDefinition rule = randomThresholdRule(random, 1);
            double a = random.nextDouble() * 200 - 100;
            double b = random.nextBoolean() ? a : random.nextDouble() * 200 - 100;
            double low = Math.min(a, b);
            double high = Math.max(a, b);
            int atLow = rank(RuleFixtures.level(rule, low));
            int atHigh = rank(RuleFixtures.level(rule, high));
            if (rule.direction() == Direction.HIGHER_IS_WORSE) {
                assertThat(atHigh).as("rule %s at %s and %s", rule, low, high).isGreaterThanOrEqualTo(atLow);
            } else {
                assertThat(atLow).as("rule %s at %s and %s", rule, low, high).isGreaterThanOrEqualTo(atHigh);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 99, 1234, 31337})
    void levelsNeverStepDownWithinMObservationsOfTheLastChange(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            int m = 1 + random.nextInt(6);
            RuleDefinition rule = randomThresholdRule(random, m);
            double centre = rule.thresholds().values().iterator().next();
            RuleState state = RuleState.NONE;
            int lastChange = -1_000;
            List<Point> series = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // Hover around a threshold with noise that crosses it on about every other observation.
                series.add(new Point(RuleFixtures.T0.plusSeconds(60L * i), centre + random.nextGaussian()));
                Evaluation e = RuleFixtures.EVALUATOR.evaluate(rule, List.of("DP"),
                        series.subList(series.size() - 1, series.size()), state, RuleFixtures.T0);
                boolean down = e.decision() == Decision.DOWNGRADED || e.decision() == Decision.RECOVERED;
                if (down) {
                    assertThat(i - lastChange).as("step down at %d after change at %d with M=%d", i, lastChange, m)
                            .isGreaterThanOrEqualTo(m);
                }
                if (e.changed()) {
                    lastChange = i;
                }
                if (e.decision() == Decision.DOWNGRADED) {
                    assertThat(e.state().level()).isNotNull();
                }
                state = e.state();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 8, 13})
    void theLevelIsNeverBelowWhatTheDataReachedAndEvaluationIsDeterministic(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            RuleDefinition rule = randomThresholdRule(random, 1 + random.nextInt(5));
            RuleState state = RuleState.NONE;
            for (int i = 0; i < 100; i++) {
                List<Point> point = List.of(new Point(RuleFixtures.T0, random.nextDouble() * 200 - 100));
                Evaluation e = RuleFixtures.EVALUATOR.evaluate(rule, List.of("DP"), point, state,
                        RuleFixtures.T0);
                assertThat(RuleFixtures.EVALUATOR.evaluate(rule, List.of("DP"), point, state,
                        RuleFixtures.T0)).isEqualTo(e);
                assertThat(rank(e.state().level())).isGreaterThanOrEqualTo(rank(e.computed()));
                state = e.state();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {17, 23, 4711})
    void moreRainNeverLowersTheRainstormLevel(long seed) {
        RuleDefinition rainstorm = RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.SUM,
                Map.of(WarningLevel.BLUE, 50.0, WarningLevel.YELLOW, 50.0, WarningLevel.ORANGE, 50.0,
                        WarningLevel.RED, 100.0),
                Map.of(WarningLevel.BLUE, "PT12H", WarningLevel.YELLOW, "PT6H", WarningLevel.ORANGE, "PT3H",
                        WarningLevel.RED, "PT3H"), 1);
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            double[] rain = new double[1 + random.nextInt(24)];
            for (int i = 0; i < rain.length; i++) {
                rain[i] = random.nextInt(3) == 0 ? random.nextDouble() * 40 : 0;
            }
            double[] more = rain.clone();
            more[random.nextInt(more.length)] += random.nextDouble() * 30;
            int before = rank(RuleFixtures.eval(rainstorm, RuleFixtures.hourly(rain)).computed());
            int after = rank(RuleFixtures.eval(rainstorm, RuleFixtures.hourly(more)).computed());
            assertThat(after).as("rain %s then %s", Arrays.toString(rain), Arrays.toString(more))
                    .isGreaterThanOrEqualTo(before);
        }
    }
}
