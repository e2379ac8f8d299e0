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
            problems.add(Problem.field("definition", "is required"));
            return problems;
        }
        if (d.type() == null) {
            problems.add(Problem.field("type", "is required: one of THRESHOLD, RATE_OF_CHANGE, WINDOW, MISSING_DATA"));
        }
        if (d.direction() == null) {
            problems.add(Problem.field("direction", "is required: HIGHER_IS_WORSE or LOWER_IS_WORSE"));
        } else if (d.type() == RuleType.MISSING_DATA && d.direction() != Direction.HIGHER_IS_WORSE) {
            problems.add(Problem.field("direction", "must be HIGHER_IS_WORSE for missing data (more missed periods are worse)"));
        }
        if (d.recoverAfter() < 1 || d.recoverAfter() > MAX_RECOVER_AFTER) {
            problems.add(Problem.field("recoverAfter", "must be between 1 and " + MAX_RECOVER_AFTER));
        }
        if (d.thresholds().isEmpty()) {
            problems.add(Problem.field("thresholds", "needs at least one level"));
        }
        checkValues("thresholds", d.thresholds(), d.type(), problems);
        if (d.type() == RuleType.WINDOW) {
            checkWindows(d, problems);
        } else if (d.windows() != null && !d.windows().isEmpty()) {
            problems.add(Problem.field("windows", "only a WINDOW rule has windows"));
        }
        if (d.type() == RuleType.WINDOW && d.aggregate() == null) {
            problems.add(Problem.field("aggregate", "is required for a WINDOW rule: SUM, MEAN or MAX"));
        }
        if (d.type() == RuleType.RATE_OF_CHANGE && d.comparison() == null) {
            problems.add(Problem.field("comparison", "is required for a RATE_OF_CHANGE rule: PREVIOUS_PERIOD or SAME_PERIOD_LAST_YEAR"));
        }
        if (d.type() == RuleType.RATE_OF_CHANGE || d.type() == RuleType.MISSING_DATA) {
            if (d.period() == null || d.period().isBlank()) {
                problems.add(Problem.field("period", "is required: an ISO-8601 period such as PT1H, P1D or P1M"));
            } else if (Cadence.parse(d.period()) == null) {
                problems.add(Problem.field("period", "is not a positive ISO-8601 period such as PT1H, P1D or P1M"));
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
                problems.add(Problem.field(field + "." + level, "must be a finite number"));
            } else if (type == RuleType.MISSING_DATA && (value < 1 || value != Math.rint(value))) {
                problems.add(Problem.field(field + "." + level, "must be a whole number of periods, at least 1"));
            }
        });
    }

    private static void checkOrder(String field, Direction direction, Map<WarningLevel, Double> thresholds,
            List<Problem> problems) {
        WarningLevel previous = null;
        for (Map.Entry<WarningLevel, Double> e : thresholds.entrySet()) {
            if (previous != null && Double.isFinite(e.getValue()) && Double.isFinite(thresholds.get(previous))
                    && !direction.stricter(thresholds.get(previous), e.getValue())) {
                problems.add(Problem.field(field + "." + e.getKey(), "must be "
                        + (direction == Direction.HIGHER_IS_WORSE ? "greater" : "less") + " than the "
                        + previous + " threshold " + thresholds.get(previous) + " (" + direction + ")"));
            }
            previous = e.getKey();
        }
    }

    private static void checkWindows(RuleDefinition d, List<Problem> problems) {
        Map<WarningLevel, String> windows = d.windows() == null ? Map.of() : d.windows();
        for (WarningLevel level : d.thresholds().keySet()) {
            String w = windows.get(level);
            if (w == null || w.isBlank()) {
                problems.add(Problem.field("windows." + level, "is required: an ISO-8601 duration such as PT3H"));
            } else if (Cadence.parse(w) == null) {
                problems.add(Problem.field("windows." + level, "is not a positive ISO-8601 duration such as PT3H"));
            }
        }
        for (WarningLevel level : windows.keySet()) {
            if (!d.thresholds().containsKey(level)) {
                problems.add(Problem.field("windows." + level, "has no threshold"));
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
                        problems.add(Problem.field(field + "." + level, "must be "
                                + (direction == Direction.HIGHER_IS_WORSE ? "greater" : "less") + " than the "
                                + previous + " threshold " + a + " (" + direction + ")"));
                    }
                } else {
                    int byLength = window.nominal().compareTo(previousWindow.nominal());
                    boolean windowNoEasier = direction == Direction.HIGHER_IS_WORSE ? byLength <= 0 : byLength >= 0;
                    boolean thresholdNoEasier = a == b || direction.stricter(a, b);
                    if (!thresholdNoEasier) {
                        problems.add(Problem.field(field + "." + level, "must not be "
                                + (direction == Direction.HIGHER_IS_WORSE ? "less" : "greater") + " than the "
                                + previous + " threshold " + a + " (" + direction + ")"));
                    } else if (!windowNoEasier) {
                        problems.add(Problem.field("windows." + level, "must not be "
                                + (direction == Direction.HIGHER_IS_WORSE ? "longer" : "shorter") + " than the "
                                + previous + " window " + d.windows().get(previous) + " (" + direction + ")"));
                    } else if (a == b && byLength == 0) {
                        problems.add(Problem.field(field + "." + level, "must differ from the " + previous
                                + " level in threshold or window"));
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
                problems.add(Problem.field(prefix, "is empty"));
                continue;
            }
            if (o.jurisdiction() == null || o.jurisdiction().isBlank()) {
                problems.add(Problem.field(prefix + ".jurisdiction", "is required"));
            } else if (!seen.add(o.jurisdiction().trim())) {
                problems.add(Problem.field(prefix + ".jurisdiction", "repeats " + o.jurisdiction().trim()));
            }
            if (o.thresholds().isEmpty()) {
                problems.add(Problem.field(prefix + ".thresholds", "needs at least one level"));
            }
            checkValues(prefix + ".thresholds", o.thresholds(), d.type(), problems);
            if (d.type() == RuleType.WINDOW) {
                for (WarningLevel level : o.thresholds().keySet()) {
                    if (!d.thresholds().containsKey(level)) {
                        problems.add(Problem.field(prefix + ".thresholds." + level,
                                "has no window: the rule's defaults define none for " + level));
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
