package org.rampart.warning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Evaluates a validated rule over a series of observations: a pure function of the rule, the jurisdiction's lineage
 * (for overrides), the series, the current state and, for missing data, the time now. The series is evaluated at its
 * latest point.
 */
final class RuleEvaluator {

    /** Calendar periods missed are counted one by one up to this many, far beyond any sensible threshold. */
    private static final long MAX_COUNTED_PERIODS = 100_000;

    private final ZoneId zone;

    /** Calendar periods (months, years, same period last year) are counted in this zone. */
    RuleEvaluator(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param lineage jurisdiction codes from the evaluated jurisdiction up to the root
     * @param series observations in any order; of two with the same time the later in the list wins
     */
    Evaluation evaluate(RuleDefinition rule, List<String> lineage, List<Point> series, RuleState state, Instant now) {
        RuleState current = state == null ? RuleState.NONE : state;
        Thresholds thresholds = thresholdsFor(rule, lineage);
        TreeMap<Instant, Double> values = new TreeMap<>();
        for (Point p : series) {
            values.put(p.time(), p.value());
        }
        Measured measured = switch (rule.type()) {
            case THRESHOLD -> latestValue(rule, thresholds, values);
            case RATE_OF_CHANGE -> rateOfChange(rule, thresholds, values);
            case WINDOW -> window(rule, thresholds, values);
            case MISSING_DATA -> missingData(rule, thresholds, values, now);
        };
        if (!measured.ok()) {
            return new Evaluation(current, Decision.UNCHANGED, null, false, measured.text());
        }
        return step(current, measured.level(), rule.recoverAfter(), measured.text() + thresholds.note());
    }

    /**
     * The observations a rule needs when evaluated at {@code latest}: those after {@code fromExclusive} up to
     * {@code latest}, plus those at {@code times}.
     */
    record Needs(Instant fromExclusive, List<Instant> times) {
    }

    Needs needs(RuleDefinition rule, Instant latest) {
        return switch (rule.type()) {
            case THRESHOLD, MISSING_DATA -> new Needs(latest, List.of(latest));
            case RATE_OF_CHANGE -> new Needs(latest, List.of(latest, rule.comparison() == Comparison.SAME_PERIOD_LAST_YEAR
                    ? latest.atZone(zone).minusYears(1).toInstant()
                    : Cadence.parse(rule.period()).minus(latest, 1, zone)));
            case WINDOW -> new Needs(rule.windows().values().stream()
                    .map(w -> Cadence.parse(w).minus(latest, 1, zone)).min(Comparator.naturalOrder()).orElse(latest),
                    List.of(latest));
        };
    }

    /**
     * Apply hysteresis: a more serious level applies at once; a less serious one (or none) only after
     * {@code recoverAfter} consecutive evaluations below the current level, and then the most serious level seen
     * during them applies.
     */
    static Evaluation step(RuleState state, WarningLevel computed, int recoverAfter, String explanation) {
        WarningLevel level = state.level();
        if (computed != null && computed.moreSeriousThan(level)) {
            Decision d = level == null ? Decision.RAISED : Decision.UPGRADED;
            return new Evaluation(RuleState.at(computed), d, computed, true, explanation);
        }
        if (computed == level) {
            return new Evaluation(RuleState.at(level), Decision.UNCHANGED, computed, true, explanation);
        }
        WarningLevel pending = state.lowerCount() == 0 ? computed : moreSerious(state.pending(), computed);
        int count = state.lowerCount() + 1;
        if (count >= recoverAfter) {
            Decision d = pending == null ? Decision.RECOVERED : Decision.DOWNGRADED;
            return new Evaluation(RuleState.at(pending), d, computed, true, explanation);
        }
        return new Evaluation(new RuleState(level, count, pending), Decision.UNCHANGED, computed, true,
                explanation + "; " + level + " holds until " + recoverAfter + " consecutive lower observations ("
                        + count + " so far)");
    }

    private static WarningLevel moreSerious(WarningLevel a, WarningLevel b) {
        if (a == null) {
            return b;
        }
        return b != null && b.moreSeriousThan(a) ? b : a;
    }

    private record Measured(boolean ok, WarningLevel level, String text) {

        static Measured none(String text) {
            return new Measured(false, null, text);
        }
    }

    private record Thresholds(Map<WarningLevel, Double> byLevel, String overrideFor) {

        String note() {
            return overrideFor == null ? "" : " (thresholds for " + overrideFor + ")";
        }
    }

    private static Thresholds thresholdsFor(RuleDefinition rule, List<String> lineage) {
        if (lineage != null) {
            for (String code : lineage) {
                for (ThresholdOverride o : rule.overrides()) {
                    if (o.jurisdiction() != null && o.jurisdiction().trim().equalsIgnoreCase(code)) {
                        return new Thresholds(o.thresholds(), o.jurisdiction().trim());
                    }
                }
            }
        }
        return new Thresholds(rule.thresholds(), null);
    }

    private interface LevelMeasure {
        double at(WarningLevel level);
    }

    /** Find the most serious level whose threshold the measure reaches, and say why. */
    private static Measured levelOf(RuleDefinition rule, Thresholds thresholds, LevelMeasure measure,
            Function<WarningLevel, String> describe) {
        List<WarningLevel> levels = new ArrayList<>(thresholds.byLevel().keySet());
        levels.sort(Comparator.reverseOrder());
        for (WarningLevel level : levels) {
            double threshold = thresholds.byLevel().get(level);
            double m = measure.at(level);
            if (rule.direction().reaches(m, threshold)) {
                return new Measured(true, level, describe.apply(level) + " = " + fmt(m) + " reached " + level + " ("
                        + (rule.direction() == Direction.HIGHER_IS_WORSE ? ">= " : "<= ") + fmt(threshold) + ")");
            }
        }
        WarningLevel least = levels.get(levels.size() - 1);
        return new Measured(true, null, describe.apply(least) + " = " + fmt(measure.at(least))
                + " reached no level (" + least + " " + (rule.direction() == Direction.HIGHER_IS_WORSE ? ">= " : "<= ")
                + fmt(thresholds.byLevel().get(least)) + ")");
    }

    private Measured latestValue(RuleDefinition rule, Thresholds thresholds, TreeMap<Instant, Double> values) {
        if (values.isEmpty()) {
            return Measured.none("no observation");
        }
        Map.Entry<Instant, Double> last = values.lastEntry();
        return levelOf(rule, thresholds, level -> last.getValue(), level -> "value at " + last.getKey());
    }

    private Measured rateOfChange(RuleDefinition rule, Thresholds thresholds, TreeMap<Instant, Double> values) {
        if (values.isEmpty()) {
            return Measured.none("no observation");
        }
        Map.Entry<Instant, Double> last = values.lastEntry();
        Instant baseTime = rule.comparison() == Comparison.SAME_PERIOD_LAST_YEAR
                ? last.getKey().atZone(zone).minusYears(1).toInstant()
                : Cadence.parse(rule.period()).minus(last.getKey(), 1, zone);
        Double base = values.get(baseTime);
        String against = rule.comparison() == Comparison.SAME_PERIOD_LAST_YEAR ? "the same period last year"
                : "the previous period";
        if (base == null) {
            return Measured.none("no observation for " + against + " (" + baseTime + "): no decision");
        }
        if (base == 0) {
            return Measured.none("the value for " + against + " (" + baseTime + ") is 0: no percent change");
        }
        double percent = (last.getValue() - base) / Math.abs(base) * 100;
        return levelOf(rule, thresholds, level -> percent, level -> "change in % of " + fmt(last.getValue())
                + " at " + last.getKey() + " against " + fmt(base) + " for " + against);
    }

    private Measured window(RuleDefinition rule, Thresholds thresholds, TreeMap<Instant, Double> values) {
        if (values.isEmpty()) {
            return Measured.none("no observation");
        }
        Instant end = values.lastKey();
        return levelOf(rule, thresholds, level -> aggregate(rule, values, end, level),
                level -> rule.aggregate().name().toLowerCase(Locale.ROOT) + " over "
                        + rule.windows().get(level) + " to " + end);
    }

    /** Aggregate the observations with end - window < time <= end. */
    private double aggregate(RuleDefinition rule, TreeMap<Instant, Double> values, Instant end, WarningLevel level) {
        Instant from = Cadence.parse(rule.windows().get(level)).minus(end, 1, zone);
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (double v : values.subMap(from, false, end, true).values()) {
            sum += v;
            max = Math.max(max, v);
            n++;
        }
        return switch (rule.aggregate()) {
            case SUM -> sum;
            case MEAN -> sum / n;
            case MAX -> max;
        };
    }

    /** Count the expected periods after the latest observation that ended by now without an observation. */
    private Measured missingData(RuleDefinition rule, Thresholds thresholds, TreeMap<Instant, Double> values,
            Instant now) {
        if (values.isEmpty()) {
            return Measured.none("no observation yet: nothing expected");
        }
        Instant last = values.lastKey();
        Cadence period = Cadence.parse(rule.period());
        long missed = 0;
        if (period.duration() != null) {
            long whole = Duration.between(last, now).dividedBy(period.duration());
            missed = Math.max(0, whole - 1);
        } else {
            while (missed < MAX_COUNTED_PERIODS && !period.plus(last, missed + 2, zone).isAfter(now)) {
                missed++;
            }
        }
        long counted = missed;
        return levelOf(rule, thresholds, level -> counted,
                level -> "periods of " + rule.period() + " missed since " + last + " until " + now);
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
