package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.warning.WarningLevel.BLUE;
import static org.rampart.warning.WarningLevel.ORANGE;
import static org.rampart.warning.WarningLevel.RED;
import static org.rampart.warning.WarningLevel.YELLOW;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleHysteresisTests {

    record Step(Decision decision, WarningLevel level) {
    }

    /** Feed computed levels through the hysteresis and collect each decision and resulting level. */
    static List<Step> run(int recoverAfter, WarningLevel... computed) {
        RuleState state = RuleState.NONE;
        List<Step> steps = new ArrayList<>();
        for (WarningLevel c : computed) {
            Evaluation e = RuleEvaluator.step(state, c, recoverAfter, "x");
            state = e.state();
            steps.add(new Step(e.decision(), state.level()));
        }
        return steps;
    }

    @Test
    void raisesAndUpgradesAtOnce() {
        assertThat(run(3, YELLOW, RED)).containsExactly(new Step(Decision.RAISED, YELLOW),
                new Step(Decision.UPGRADED, RED));
    }

    @Test
    void recoversOnlyAfterMConsecutiveNormalObservations() {
        assertThat(run(3, ORANGE, null, null, null)).extracting(Step::decision).containsExactly(Decision.RAISED,
                Decision.UNCHANGED, Decision.UNCHANGED, Decision.RECOVERED);
    }

    @Test
    void anObservationAtTheLevelRestartsTheCount() {
        assertThat(run(3, ORANGE, null, null, ORANGE, null, null, null)).extracting(Step::decision)
                .containsExactly(Decision.RAISED, Decision.UNCHANGED, Decision.UNCHANGED, Decision.UNCHANGED,
                        Decision.UNCHANGED, Decision.UNCHANGED, Decision.RECOVERED);
    }

    @Test
    void stepsDownToTheMostSeriousLevelSeenDuringTheCount() {
        assertThat(run(3, RED, BLUE, YELLOW, null)).containsExactly(new Step(Decision.RAISED, RED),
                new Step(Decision.UNCHANGED, RED), new Step(Decision.UNCHANGED, RED),
                new Step(Decision.DOWNGRADED, YELLOW));
        assertThat(run(2, RED, ORANGE, ORANGE, null, null)).extracting(Step::level)
                .containsExactly(RED, RED, ORANGE, ORANGE, null);
    }

    @Test
    void aHigherLevelDuringTheCountUpgradesAtOnce() {
        assertThat(run(3, YELLOW, null, RED)).extracting(Step::decision).containsExactly(Decision.RAISED,
                Decision.UNCHANGED, Decision.UPGRADED);
    }

    @Test
    void withMOfOneEveryChangeIsImmediate() {
        assertThat(run(1, BLUE, null, BLUE, RED, YELLOW, null)).extracting(Step::decision).containsExactly(
                Decision.RAISED, Decision.RECOVERED, Decision.RAISED, Decision.UPGRADED, Decision.DOWNGRADED,
                Decision.RECOVERED);
    }

    @Test
    void theCountIsExplained() {
        Evaluation e = RuleEvaluator.step(RuleState.at(ORANGE), null, 3, "value = 1");
        assertThat(e.explanation()).contains("ORANGE holds until 3 consecutive lower observations (1 so far)");
        assertThat(e.state()).isEqualTo(new RuleState(ORANGE, 1, null));
    }

    @Test
    void aValueHoveringAtAThresholdDoesNotFlap() {
        RuleDefinition rule = RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(BLUE, 50.0),
                List.of(), 4);
        double[] hovering = {50, 49.9, 50.1, 49.8, 50, 49.9, 49.9, 49.9, 49.9};
        RuleState state = RuleState.NONE;
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < hovering.length; i++) {
            Evaluation e = RuleFixtures.EVALUATOR.evaluate(rule, List.of("DP"),
                    RuleFixtures.hourly(Arrays.copyOf(hovering, i + 1)), state,
                    RuleFixtures.T0);
            state = e.state();
            decisions.add(e.decision());
        }
        assertThat(decisions).containsExactly(Decision.RAISED, Decision.UNCHANGED, Decision.UNCHANGED,
                Decision.UNCHANGED, Decision.UNCHANGED, Decision.UNCHANGED, Decision.UNCHANGED, Decision.UNCHANGED,
                Decision.RECOVERED);
    }
}
