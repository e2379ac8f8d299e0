package org.rampart.warning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;

/**
 * Checks that a rule definition can be evaluated and means what it says: above all, that a more serious level is
 * never reached while a less serious one is not (thresholds ordered with the direction).
 */
final class RuleValidator {

    static final int MAX_RECOVER_AFTER = 1000;

    private RuleValidator() {
    }

    static void check(RuleDefinition d) {
        List<Problem> problems = problems(d);
        if (!problems.isEmpty()) {
            throw new BadInputException("invalid rule definition", problems);
        }
    }

    static List<Problem> problems(RuleDefinition d) {
        List<Problem> problems = new ArrayList<>();
        if (d == null) {
            problems.add(Problem.at("definition", "value.required"));
            return problems;
        }
        if (d.type() == null) {
            problems.add(Problem.at("type", "rule.type.required"));
        }
        if (d.direction() == null) {
            problems.add(Problem.at("direction", "rule.direction.required"));
        } else if (d.type() == RuleType.MISSING_DATA && d.direction() != Direction.HIGHER_IS_WORSE) {
            problems.add(Problem.at("direction", "rule.direction.missing-data"));
        }
        if (d.recoverAfter() < 1 || d.recoverAfter() > MAX_RECOVER_AFTER) {
            problems.add(Problem.at("recoverAfter", "number.range", 1, MAX_RECOVER_AFTER));
        }
        if (d.thresholds().isEmpty()) {
            problems.add(Problem.at("thresholds", "rule.thresholds.empty"));
        }
        checkValues("thresholds", d.thresholds(), d.type(), problems);
        if (d.type() == RuleType.WINDOW) {
            checkWindows(d, problems);
        } else if (d.windows() != null && !d.windows().isEmpty()) {
            problems.add(Problem.at("windows", "rule.windows.not-window"));
        }
        if (d.type() == RuleType.WINDOW && d.aggregate() == null) {
            problems.add(Problem.at("aggregate", "rule.aggregate.required"));
        }
        if (d.type() == RuleType.RATE_OF_CHANGE && d.comparison() == null) {
            problems.add(Problem.at("comparison", "rule.comparison.required"));
        }
        if (d.type() == RuleType.RATE_OF_CHANGE || d.type() == RuleType.MISSING_DATA) {
            if (d.period() == null || d.period().isBlank()) {
                problems.add(Problem.at("period", "rule.period.required"));
            } else if (Cadence.parse(d.period()) == null) {
                problems.add(Problem.at("period", "rule.period.invalid"));
            }
        }
        if (d.direction() != null && d.type() != null && d.type() != RuleType.WINDOW) {
            checkOrder("thresholds", d.direction(), d.thresholds(), problems);
        }
        checkOverrides(d, problems);
        return problems;
    }

    private static void checkValues(String field, Map<WarningLevel, Double> thresholds, RuleType type,
            List<Problem> problems) {
        thresholds.forEach((level, value) -> {
            if (!Double.isFinite(value)) {
                problems.add(Problem.at(field + "." + level, "number.not-finite"));
            } else if (type == RuleType.MISSING_DATA && (value < 1 || value != Math.rint(value))) {
                problems.add(Problem.at(field + "." + level, "rule.threshold.periods"));
            }
        });
    }

    private static void checkOrder(String field, Direction direction, Map<WarningLevel, Double> thresholds,
            List<Problem> problems) {
        WarningLevel previous = null;
        for (Map.Entry<WarningLevel, Double> e : thresholds.entrySet()) {
            if (previous != null && Double.isFinite(e.getValue()) && Double.isFinite(thresholds.get(previous))
                    && !direction.stricter(thresholds.get(previous), e.getValue())) {
                problems.add(direction == Direction.HIGHER_IS_WORSE
                        ? Problem.at(field + "." + e.getKey(), "rule.threshold.above", previous, thresholds.get(previous), direction)
                        : Problem.at(field + "." + e.getKey(), "rule.threshold.below", previous, thresholds.get(previous), direction));
            }
            previous = e.getKey();
        }
    }

    private static void checkWindows(RuleDefinition d, List<Problem> problems) {
        Map<WarningLevel, String> windows = d.windows() == null ? Map.of() : d.windows();
        for (WarningLevel level : d.thresholds().keySet()) {
            String w = windows.get(level);
            if (w == null || w.isBlank()) {
                problems.add(Problem.at("windows." + level, "rule.window.required"));
            } else if (Cadence.parse(w) == null) {
                problems.add(Problem.at("windows." + level, "rule.window.invalid"));
            }
        }
        for (WarningLevel level : windows.keySet()) {
            if (!d.thresholds().containsKey(level)) {
                problems.add(Problem.at("windows." + level, "rule.window.no-threshold"));
            }
        }
        if (d.direction() != null && d.aggregate() != null) {
            checkWindowOrder("thresholds", d, d.thresholds(), problems);
        }
    }

    /**
     * A more serious level must be at least as hard to reach in every respect and harder in one. For SUM and MAX a
     * shorter window makes a higher aggregate harder to reach (values are taken as non-negative, as amounts and
     * counts are) and a lower one easier; a MEAN does not move predictably with its window, so its thresholds alone
     * must be ordered.
     */
    private static void checkWindowOrder(String field, RuleDefinition d, Map<WarningLevel, Double> thresholds,
            List<Problem> problems) {
        Direction direction = d.direction();
        WarningLevel previous = null;
        for (WarningLevel level : thresholds.keySet()) {
            Cadence window = Cadence.parse(d.windows() == null ? null : d.windows().get(level));
            Cadence previousWindow = previous == null ? null
                    : Cadence.parse(d.windows() == null ? null : d.windows().get(previous));
            double a = previous == null ? Double.NaN : thresholds.get(previous);
            double b = thresholds.get(level);
            if (previous != null && window != null && previousWindow != null && Double.isFinite(a)
                    && Double.isFinite(b)) {
                if (d.aggregate() == Aggregate.MEAN) {
                    if (!direction.stricter(a, b)) {
                        problems.add(direction == Direction.HIGHER_IS_WORSE
                                ? Problem.at(field + "." + level, "rule.threshold.above", previous, a, direction)
                                : Problem.at(field + "." + level, "rule.threshold.below", previous, a, direction));
                    }
                } else {
                    int byLength = window.nominal().compareTo(previousWindow.nominal());
                    boolean windowNoEasier = direction == Direction.HIGHER_IS_WORSE ? byLength <= 0 : byLength >= 0;
                    boolean thresholdNoEasier = a == b || direction.stricter(a, b);
                    if (!thresholdNoEasier) {
                        problems.add(direction == Direction.HIGHER_IS_WORSE
                                ? Problem.at(field + "." + level, "rule.threshold.not-below", previous, a, direction)
                                : Problem.at(field + "." + level, "rule.threshold.not-above", previous, a, direction));
                    } else if (!windowNoEasier) {
                        problems.add(direction == Direction.HIGHER_IS_WORSE
                                ? Problem.at("windows." + level, "rule.window.not-longer", previous, d.windows().get(previous), direction)
                                : Problem.at("windows." + level, "rule.window.not-shorter", previous, d.windows().get(previous), direction));
                    } else if (a == b && byLength == 0) {
                        problems.add(Problem.at(field + "." + level, "rule.level.same", previous));
                    }
                }
            }
            previous = level;
        }
    }

    private static void checkOverrides(RuleDefinition d, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.overrides().size(); i++) {
            ThresholdOverride o = d.overrides().get(i);
            String prefix = "overrides[" + i + "]";
            if (o == null) {
                problems.add(Problem.at(prefix, "rule.override.empty"));
                continue;
            }
            if (o.jurisdiction() == null || o.jurisdiction().isBlank()) {
                problems.add(Problem.at(prefix + ".jurisdiction", "value.required"));
            } else if (!seen.add(o.jurisdiction().trim())) {
                problems.add(Problem.at(prefix + ".jurisdiction", "rule.override.repeated", o.jurisdiction().trim()));
            }
            if (o.thresholds().isEmpty()) {
                problems.add(Problem.at(prefix + ".thresholds", "rule.thresholds.empty"));
            }
            checkValues(prefix + ".thresholds", o.thresholds(), d.type(), problems);
            if (d.type() == RuleType.WINDOW) {
                for (WarningLevel level : o.thresholds().keySet()) {
                    if (!d.thresholds().containsKey(level)) {
                        problems.add(Problem.at(prefix + ".thresholds." + level, "rule.override.no-window", level));
                    }
                }
                if (d.direction() != null && d.aggregate() != null) {
                    checkWindowOrder(prefix + ".thresholds", d, o.thresholds(), problems);
                }
            } else if (d.direction() != null && d.type() != null) {
                checkOrder(prefix + ".thresholds", d.direction(), o.thresholds(), problems);
            }
        }
    }
}
