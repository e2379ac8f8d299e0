package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.warning.WarningLevel.BLUE;
import static org.rampart.warning.WarningLevel.ORANGE;
import static org.rampart.warning.WarningLevel.RED;
import static org.rampart.warning.WarningLevel.YELLOW;
import static org.rampart.warning.RuleFixtures.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTests {

    @Nested
    class Thresholds {

        final RuleDefinition higher = RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(10, 20, 30, 40),
                List.of(), 1);
        final RuleDefinition lower = RuleDefinition.threshold(Direction.LOWER_IS_WORSE, levels(40, 30, 20, 10),
                List.of(), 1);

        @Test
        void exactlyAtAThresholdReachesIt() {
            assertThat(level(higher, 9.999)).isNull();
            assertThat(level(higher, 10)).isEqualTo(BLUE);
            assertThat(level(higher, 19.99)).isEqualTo(BLUE);
            assertThat(level(higher, 20)).isEqualTo(YELLOW);
            assertThat(level(higher, 30)).isEqualTo(ORANGE);
            assertThat(level(higher, 40)).isEqualTo(RED);
            assertThat(level(higher, 1e9)).isEqualTo(RED);
        }

        @Test
        void lowerIsWorseReversesTheComparison() {
            assertThat(level(lower, 40.01)).isNull();
            assertThat(level(lower, 40)).isEqualTo(BLUE);
            assertThat(level(lower, 30)).isEqualTo(YELLOW);
            assertThat(level(lower, 20.5)).isEqualTo(YELLOW);
            assertThat(level(lower, 10)).isEqualTo(RED);
            assertThat(level(lower, -5)).isEqualTo(RED);
        }

        @Test
        void onlyTheLatestObservationCounts() {
            Evaluation e = eval(higher, List.of(new Point(T0.plusSeconds(60), 5), new Point(T0, 45)));
            assertThat(e.computed()).isNull();
            assertThat(e.decision()).isEqualTo(Decision.UNCHANGED);
        }

        @Test
        void aRuleMayDefineOnlySomeLevels() {
            RuleDefinition redOnly = RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(RED, 100.0), List.of(), 1);
            assertThat(level(redOnly, 99)).isNull();
            assertThat(level(redOnly, 100)).isEqualTo(RED);
        }

        @Test
        void theExplanationNamesTheValueAndTheThreshold() {
            Evaluation e = eval(higher, List.of(new Point(T0, 31.5)));
            assertThat(e.decision()).isEqualTo(Decision.RAISED);
            assertThat(e.explanation()).contains("31.5").contains("ORANGE").contains(">= 30");
        }

        @Test
        void noObservationMeansNoDecision() {
            Evaluation e = EVALUATOR.evaluate(higher, COUNTY, List.of(), RuleState.at(RED), T0);
            assertThat(e.measured()).isFalse();
            assertThat(e.state()).isEqualTo(RuleState.at(RED));
        }
    }

    @Nested
    class Overrides {

        final RuleDefinition rule = RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(10, 20, 30, 40),
                List.of(new ThresholdOverride("DP-01", levels(100, 200, 300, 400)),
                        new ThresholdOverride("DP-01-01", levels(1, 2, 3, 4))), 1);

        @Test
        void theNearestAncestorsOverrideApplies() {
            assertThat(EVALUATOR.evaluate(rule, List.of("DP-01-01", "DP-01", "DP"), List.of(new Point(T0, 5)),
                    RuleState.NONE, T0).computed()).isEqualTo(RED);
            assertThat(EVALUATOR.evaluate(rule, List.of("DP-01-02", "DP-01", "DP"), List.of(new Point(T0, 150)),
                    RuleState.NONE, T0).computed()).isEqualTo(BLUE);
            Evaluation grandchild = EVALUATOR.evaluate(rule, List.of("DP-01-01-003", "DP-01-01", "DP-01", "DP"),
                    List.of(new Point(T0, 3)), RuleState.NONE, T0);
            assertThat(grandchild.computed()).isEqualTo(ORANGE);
            assertThat(grandchild.explanation()).contains("thresholds for DP-01-01");
        }

        @Test
        void elsewhereTheDefaultsApply() {
            assertThat(EVALUATOR.evaluate(rule, List.of("DP-02-01", "DP-02", "DP"), List.of(new Point(T0, 25)),
                    RuleState.NONE, T0).computed()).isEqualTo(YELLOW);
            assertThat(EVALUATOR.evaluate(rule, List.of("DP"), List.of(new Point(T0, 150)), RuleState.NONE, T0)
                    .computed()).isEqualTo(RED);
        }

        @Test
        void anOverrideWithFewerLevelsRaisesOnlyThose() {
            RuleDefinition partial = RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, levels(10, 20, 30, 40),
                    List.of(new ThresholdOverride("DP-01", Map.of(RED, 50.0))), 1);
            assertThat(EVALUATOR.evaluate(partial, List.of("DP-01", "DP"), List.of(new Point(T0, 45)),
                    RuleState.NONE, T0).computed()).isNull();
        }
    }

    @Nested
    class RateOfChange {

        final RuleDefinition previous = RuleDefinition.rateOfChange(Direction.HIGHER_IS_WORSE,
                Comparison.PREVIOUS_PERIOD, "P1D", levels(10, 20, 50, 100), 1);
        final RuleDefinition yearOnYear = RuleDefinition.rateOfChange(Direction.LOWER_IS_WORSE,
                Comparison.SAME_PERIOD_LAST_YEAR, "P1M", levels(-5, -10, -20, -30), 1);

        Instant day(int d) {
            return T0.plusSeconds(86400L * d);
        }

        @Test
        void percentChangeAgainstThePreviousPeriod() {
            assertThat(eval(previous, List.of(new Point(day(0), 100), new Point(day(1), 109.9))).computed()).isNull();
            assertThat(eval(previous, List.of(new Point(day(0), 100), new Point(day(1), 110))).computed())
                    .isEqualTo(BLUE);
            assertThat(eval(previous, List.of(new Point(day(0), 100), new Point(day(1), 150))).computed())
                    .isEqualTo(ORANGE);
            assertThat(eval(previous, List.of(new Point(day(0), 100), new Point(day(1), 200))).computed())
                    .isEqualTo(RED);
        }

        @Test
        void aNegativeBaseComparesByMagnitude() {
            assertThat(eval(previous, List.of(new Point(day(0), -10), new Point(day(1), -8))).computed())
                    .isEqualTo(YELLOW);
        }

        @Test
        void withoutThePreviousPeriodThereIsNoDecision() {
            Evaluation e = EVALUATOR.evaluate(previous, COUNTY,
                    List.of(new Point(day(0), 100), new Point(day(2), 500)), RuleState.at(BLUE), T0);
            assertThat(e.measured()).isFalse();
            assertThat(e.decision()).isEqualTo(Decision.UNCHANGED);
            assertThat(e.state()).isEqualTo(RuleState.at(BLUE));
            assertThat(e.explanation()).contains("no decision");
        }

        @Test
        void aZeroBaseGivesNoDecision() {
            Evaluation e = eval(previous, List.of(new Point(day(0), 0), new Point(day(1), 5)));
            assertThat(e.measured()).isFalse();
        }

        Instant localMonth(int year, int month) {
            return ZonedDateTime.of(year, month, 1, 0, 0, 0, 0, ZONE).toInstant();
        }

        @Test
        void yearOnYearUsesTheSameLocalPeriodAYearEarlier() {
            List<Point> series = List.of(new Point(localMonth(2025, 3), 200), new Point(localMonth(2026, 2), 1000),
                    new Point(localMonth(2026, 3), 170));
            Evaluation e = eval(yearOnYear, series);
            assertThat(e.computed()).isEqualTo(YELLOW);
            assertThat(e.explanation()).contains("-15").contains("the same period last year");
        }

        @Test
        void yearOnYearWithoutLastYearsDataGivesNoDecision() {
            List<Point> series = List.of(new Point(localMonth(2026, 2), 1000), new Point(localMonth(2026, 3), 10));
            Evaluation e = EVALUATOR.evaluate(yearOnYear, COUNTY, series, RuleState.NONE, T0);
            assertThat(e.measured()).isFalse();
            assertThat(e.computed()).isNull();
            assertThat(e.state()).isEqualTo(RuleState.NONE);
        }

        @Test
        void previousCalendarMonthFollowsTheLocalCalendar() {
            RuleDefinition monthly = RuleDefinition.rateOfChange(Direction.HIGHER_IS_WORSE,
                    Comparison.PREVIOUS_PERIOD, "P1M", levels(10, 20, 50, 100), 1);
            List<Point> series = List.of(new Point(localMonth(2026, 2), 100), new Point(localMonth(2026, 3), 125));
            assertThat(eval(monthly, series).computed()).isEqualTo(YELLOW);
        }
    }

    @Nested
    class Rainstorm {

        /** The public rainstorm signal: 50 mm in 12 h blue, in 6 h yellow, in 3 h orange; 100 mm in 3 h red. */
        final RuleDefinition rainstorm = RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.SUM,
                Map.of(BLUE, 50.0, YELLOW, 50.0, ORANGE, 50.0, RED, 100.0),
                Map.of(BLUE, "PT12H", YELLOW, "PT6H", ORANGE, "PT3H", RED, "PT3H"), 1);

        @Test
        void theDefinitionIsValid() {
            assertThat(RuleValidator.problems(rainstorm)).isEmpty();
        }

        @Test
        void steadyLightRainIsNoWarning() {
            assertThat(eval(rainstorm, hourly(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).computed()).isNull();
        }

        @Test
        void fiftyMillimetresInTwelveHoursIsBlue() {
            Evaluation e = eval(rainstorm, hourly(5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 2, 2));
            assertThat(e.computed()).isEqualTo(BLUE);
            assertThat(e.explanation()).contains("sum over PT12H").contains("= 50 ");
        }

        @Test
        void theTwelveHourWindowExcludesTheThirteenthHourBack() {
            assertThat(eval(rainstorm, hourly(10, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3)).computed()).isNull();
            assertThat(eval(rainstorm, hourly(10, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6)).computed()).isEqualTo(BLUE);
        }

        @Test
        void fiftyMillimetresInSixHoursIsYellow() {
            assertThat(eval(rainstorm, hourly(0, 0, 0, 0, 0, 0, 10, 10, 10, 10, 5, 5)).computed()).isEqualTo(YELLOW);
            assertThat(eval(rainstorm, hourly(0, 0, 0, 0, 0, 1, 10, 10, 10, 10, 5, 4.9)).computed()).isEqualTo(BLUE);
        }

        @Test
        void fiftyMillimetresInThreeHoursIsOrange() {
            assertThat(eval(rainstorm, hourly(20, 20, 10)).computed()).isEqualTo(ORANGE);
            assertThat(eval(rainstorm, hourly(20, 20, 9.9)).computed()).isNull();
            assertThat(eval(rainstorm, hourly(1, 20, 20, 9.9)).computed()).isEqualTo(YELLOW);
        }

        @Test
        void aHundredMillimetresInThreeHoursIsRed() {
            Evaluation e = eval(rainstorm, hourly(0, 30, 40, 30));
            assertThat(e.computed()).isEqualTo(RED);
            assertThat(e.explanation()).contains("sum over PT3H").contains("= 100 ").contains("RED");
            assertThat(eval(rainstorm, hourly(0, 30, 40, 29.9)).computed()).isEqualTo(ORANGE);
        }

        @Test
        void aStormThatPassesStepsDownHourByHour() {
            double[] rain = {0, 0, 0, 40, 40, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            List<WarningLevel> computed = new ArrayList<>();
            List<Point> all = hourly(rain);
            for (int i = 1; i <= all.size(); i++) {
                computed.add(eval(rainstorm, all.subList(0, i)).computed());
            }
            assertThat(computed).containsExactly(null, null, null, null, ORANGE, RED, ORANGE, YELLOW, YELLOW,
                    YELLOW, BLUE, BLUE, BLUE, BLUE, BLUE, BLUE, null);
        }

        @Test
        void missingHoursCountAsNoRain() {
            List<Point> gappy = List.of(new Point(T0, 30), new Point(T0.plusSeconds(7200), 20));
            assertThat(eval(rainstorm, gappy).computed()).isEqualTo(ORANGE);
        }
    }

    @Nested
    class OtherAggregates {

        @Test
        void meanOverAWindow() {
            RuleDefinition mean = RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.MEAN,
                    Map.of(BLUE, 10.0, RED, 20.0), Map.of(BLUE, "PT4H", RED, "PT2H"), 1);
            assertThat(eval(mean, hourly(0, 0, 20, 20)).computed()).isEqualTo(RED);
            assertThat(eval(mean, hourly(0, 0, 20, 19)).computed()).isNull();
            assertThat(eval(mean, hourly(0, 20, 20, 19)).computed()).isEqualTo(BLUE);
        }

        @Test
        void maxOverAWindow() {
            RuleDefinition max = RuleDefinition.window(Direction.HIGHER_IS_WORSE, Aggregate.MAX,
                    Map.of(YELLOW, 30.0, ORANGE, 30.0), Map.of(YELLOW, "PT24H", ORANGE, "PT2H"), 1);
            assertThat(eval(max, hourly(35, 0, 0, 0)).computed()).isEqualTo(YELLOW);
            assertThat(eval(max, hourly(0, 0, 35, 0)).computed()).isEqualTo(ORANGE);
        }

        @Test
        void lowerIsWorseSum() {
            RuleDefinition drought = RuleDefinition.window(Direction.LOWER_IS_WORSE, Aggregate.SUM,
                    Map.of(BLUE, 10.0, YELLOW, 5.0), Map.of(BLUE, "PT3H", YELLOW, "PT4H"), 1);
            assertThat(RuleValidator.problems(drought)).isEmpty();
            assertThat(eval(drought, hourly(1, 1, 1, 1)).computed()).isEqualTo(YELLOW);
            assertThat(eval(drought, hourly(3, 3, 3, 3)).computed()).isEqualTo(BLUE);
            assertThat(eval(drought, hourly(6, 6, 6, 6)).computed()).isNull();
        }
    }

    @Nested
    class MissingData {

        final RuleDefinition rule = RuleDefinition.missingData("PT1H", Map.of(BLUE, 2.0, ORANGE, 6.0), 1);

        Evaluation at(Instant now) {
            return EVALUATOR.evaluate(rule, COUNTY, List.of(new Point(T0, 1)), RuleState.NONE, now);
        }

        @Test
        void countsThePeriodsThatEndedWithoutAnObservation() {
            // The 00:00 period ends at 01:00; the 01:00 period, the first one missed, ends at 02:00.
            assertThat(at(T0.plusSeconds(3600 * 2 + 3599)).computed()).isNull();
            assertThat(at(T0.plusSeconds(3600 * 3)).computed()).isEqualTo(BLUE);
            assertThat(at(T0.plusSeconds(3600 * 7 - 1)).computed()).isEqualTo(BLUE);
            assertThat(at(T0.plusSeconds(3600 * 7)).computed()).isEqualTo(ORANGE);
            assertThat(at(T0.plusSeconds(3600 * 700)).computed()).isEqualTo(ORANGE);
            assertThat(at(T0.plusSeconds(3600 * 7)).explanation()).contains("missed").contains("= 6 ");
        }

        @Test
        void anObservationArrivingRecovers() {
            Evaluation e = EVALUATOR.evaluate(rule, COUNTY, List.of(new Point(T0, 1), new Point(T0.plusSeconds(36000), 2)),
                    RuleState.at(ORANGE), T0.plusSeconds(36000 + 60));
            assertThat(e.decision()).isEqualTo(Decision.RECOVERED);
        }

        @Test
        void calendarMonthsAreCountedInTheLocalCalendar() {
            RuleDefinition monthly = RuleDefinition.missingData("P1M", Map.of(BLUE, 1.0), 1);
            Instant january = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZONE).toInstant();
            List<Point> series = List.of(new Point(january, 3));
            Instant endOfFebruary = ZonedDateTime.of(2026, 2, 28, 23, 59, 0, 0, ZONE).toInstant();
            Instant march = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZONE).toInstant();
            assertThat(EVALUATOR.evaluate(monthly, COUNTY, series, RuleState.NONE, endOfFebruary).computed()).isNull();
            assertThat(EVALUATOR.evaluate(monthly, COUNTY, series, RuleState.NONE, march).computed()).isEqualTo(BLUE);
        }

        @Test
        void anObservationFromTheFutureMissesNothing() {
            assertThat(EVALUATOR.evaluate(rule, COUNTY, List.of(new Point(T0.plusSeconds(36000), 1)), RuleState.NONE,
                    T0).computed()).isNull();
        }

        @Test
        void nothingIsExpectedBeforeTheFirstObservation() {
            assertThat(EVALUATOR.evaluate(rule, COUNTY, List.of(), RuleState.NONE, T0).measured()).isFalse();
        }
    }
}
