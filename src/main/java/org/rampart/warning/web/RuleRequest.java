package org.rampart.warning.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.Aggregate;
import org.rampart.warning.Comparison;
import org.rampart.warning.Direction;
import org.rampart.warning.RuleDefinition;
import org.rampart.warning.RuleDraft;
import org.rampart.warning.RuleType;
import org.rampart.warning.ThresholdOverride;
import org.rampart.warning.WarningLevel;

/**
 * A rule as the API and the form submit it, with names as text so that an unknown name is reported by field rather
 * than failing the whole body. {@code recoverAfter} defaults to 1 and {@code active} to true.
 */
record RuleRequest(String code, String indicatorCode, String domain, String nameEn, String nameZh,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.RuleType.class) String type, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.Direction.class) String direction,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.Aggregate.class) String aggregate, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.Comparison.class) String comparison, String period, Map<String, Double> thresholds,
        Map<String, String> windows, List<OverrideRequest> overrides, Integer recoverAfter, Boolean active) {

    record OverrideRequest(String jurisdiction, Map<String, Double> thresholds) {
    }

    /** Turn the request into a draft; throws {@link BadInputException} naming every unknown name by field. */
    RuleDraft draft() {
        List<Problem> problems = new ArrayList<>();
        RuleDomainParser parser = new RuleDomainParser(problems);
        RiskDomain riskDomain = parser.parse("domain", domain, RiskDomain::of);
        RuleType ruleType = parser.parse("type", type, RuleType::parse);
        Direction dir = parser.parse("direction", direction, Direction::parse);
        Aggregate agg = parser.parse("aggregate", aggregate, Aggregate::parse);
        Comparison cmp = parser.parse("comparison", comparison, Comparison::parse);
        Map<WarningLevel, Double> levels = parser.levels("thresholds", thresholds);
        Map<WarningLevel, String> windowMap = windows == null ? null : parser.levels("windows", windows);
        List<ThresholdOverride> overrideList = new ArrayList<>();
        if (overrides != null) {
            for (int i = 0; i < overrides.size(); i++) {
                OverrideRequest o = overrides.get(i);
                overrideList.add(o == null ? null
                        : new ThresholdOverride(o.jurisdiction(), parser.levels("overrides[" + i + "].thresholds",
                                o.thresholds())));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("invalid rule", problems);
        }
        RuleDefinition definition = ruleType == null && dir == null && levels.isEmpty() ? null
                : new RuleDefinition(ruleType, ruleType == RuleType.MISSING_DATA && dir == null
                        ? Direction.HIGHER_IS_WORSE : dir, levels, windowMap, agg, cmp, blankToNull(period),
                        overrideList, recoverAfter == null ? 1 : recoverAfter);
        return new RuleDraft(code, indicatorCode, riskDomain, nameEn, nameZh, definition, active == null || active);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Collects a problem for each name that names nothing. */
    private record RuleDomainParser(List<Problem> problems) {

        <T> T parse(String field, String value, Function<String, T> parser) {
            if (value == null || value.isBlank()) {
                return null;
            }
            T parsed = parser.apply(value);
            if (parsed == null) {
                problems.add(Problem.at(field, "rule.value.unknown", value.trim()));
            }
            return parsed;
        }

        <V> Map<WarningLevel, V> levels(String field, Map<String, V> values) {
            Map<WarningLevel, V> result = new EnumMap<>(WarningLevel.class);
            if (values == null) {
                return result;
            }
            for (Map.Entry<String, V> e : new LinkedHashMap<>(values).entrySet()) {
                WarningLevel level = WarningLevel.parse(e.getKey());
                if (level == null) {
                    problems.add(Problem.at(field + "." + e.getKey(), "rule.level.unknown"));
                } else if (e.getValue() != null) {
                    result.put(level, e.getValue());
                }
            }
            return result;
        }
    }
}
