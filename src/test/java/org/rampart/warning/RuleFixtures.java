package org.rampart.warning;

import static org.rampart.warning.WarningLevel.BLUE;
import static org.rampart.warning.WarningLevel.ORANGE;
import static org.rampart.warning.WarningLevel.RED;
import static org.rampart.warning.WarningLevel.YELLOW;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Shared set-up of the rule evaluator's tests: a zone, a start time, a county's path, thresholds and hourly series. */
final class RuleFixtures {

    private RuleFixtures() {
    }

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final RuleEvaluator EVALUATOR = new RuleEvaluator(ZONE);
    static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");
    static final List<String> COUNTY = List.of("DP-01-01", "DP-01", "DP");

    static Map<WarningLevel, Double> levels(double blue, double yellow, double orange, double red) {
        return Map.of(BLUE, blue, YELLOW, yellow, ORANGE, orange, RED, red);
    }

    static List<Point> hourly(double... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Point(T0.plusSeconds(3600L * i), values[i]));
        }
        return points;
    }

    static Evaluation eval(RuleDefinition rule, List<Point> series) {
        return EVALUATOR.evaluate(rule, COUNTY, series, RuleState.NONE, T0);
    }

    static WarningLevel level(RuleDefinition rule, double value) {
        return eval(rule, List.of(new Point(T0, value))).computed();
    }
}
