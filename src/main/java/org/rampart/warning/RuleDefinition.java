package org.rampart.warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule measures and the thresholds per level, as stored (JSON) and edited. Members that a type does not use
 * are null. Check a definition with {@link WarningManagement#validate(RuleDefinition)} before relying on it.
 *
 * @param type what is measured
 * @param direction which way is worse (MISSING_DATA is always higher-is-worse)
 * @param thresholds the threshold per level: values, percent changes, window aggregates or counts of missed periods
 * @param windows WINDOW only: the window per level as an ISO-8601 duration ({@code PT3H})
 * @param aggregate WINDOW only: how values in a window are combined
 * @param comparison RATE_OF_CHANGE only: the earlier period compared with
 * @param period RATE_OF_CHANGE and MISSING_DATA: the indicator's period, ISO-8601 ({@code PT1H}, {@code P1D},
 *     {@code P1M})
 * @param overrides per-jurisdiction thresholds, never null
 * @param recoverAfter hysteresis: consecutive lower observations before a warning steps down or recovers (at least 1)
 */
public record RuleDefinition(RuleType type, Direction direction, Map<WarningLevel, Double> thresholds,
        Map<WarningLevel, String> windows, Aggregate aggregate, Comparison comparison, String period,
        List<ThresholdOverride> overrides, int recoverAfter) {

    public RuleDefinition {
        thresholds = levelMap(thresholds);
        windows = windows == null ? null : levelMap(windows);
        // Null elements are kept so that validation can name them instead of failing on them.
        overrides = overrides == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(overrides));
    }

    /** Return a fixed-threshold rule. */
    public static RuleDefinition threshold(Direction direction, Map<WarningLevel, Double> thresholds,
            List<ThresholdOverride> overrides, int recoverAfter) {
        return new RuleDefinition(RuleType.THRESHOLD, direction, thresholds, null, null, null, null, overrides,
                recoverAfter);
    }

    /** Return a rate-of-change rule with percent thresholds. */
    public static RuleDefinition rateOfChange(Direction direction, Comparison comparison, String period,
            Map<WarningLevel, Double> percent, int recoverAfter) {
        return new RuleDefinition(RuleType.RATE_OF_CHANGE, direction, percent, null, null, comparison, period,
                List.of(), recoverAfter);
    }

    /** Return a rolling-window rule. */
    public static RuleDefinition window(Direction direction, Aggregate aggregate, Map<WarningLevel, Double> thresholds,
            Map<WarningLevel, String> windows, int recoverAfter) {
        return new RuleDefinition(RuleType.WINDOW, direction, thresholds, windows, aggregate, null, null, List.of(),
                recoverAfter);
    }

    /** Return a missing-data rule: the level reached after so many expected periods without an observation. */
    public static RuleDefinition missingData(String period, Map<WarningLevel, Double> missedPeriods, int recoverAfter) {
        return new RuleDefinition(RuleType.MISSING_DATA, Direction.HIGHER_IS_WORSE, missedPeriods, null, null, null,
                period, List.of(), recoverAfter);
    }

    static <V> Map<WarningLevel, V> levelMap(Map<WarningLevel, V> map) {
        EnumMap<WarningLevel, V> copy = new EnumMap<>(WarningLevel.class);
        if (map != null) {
            map.forEach((level, value) -> {
                if (level != null && value != null) {
                    copy.put(level, value);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }
}
