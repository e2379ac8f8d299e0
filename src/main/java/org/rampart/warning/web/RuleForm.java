package org.rampart.warning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.warning.Rule;
import org.rampart.warning.RuleDefinition;
import org.rampart.warning.RuleDraft;
import org.rampart.warning.ThresholdOverride;
import org.rampart.warning.WarningLevel;

/**
 * The rule form as the browser posts it. Thresholds and windows have one input per level; overrides are one line
 * per jurisdiction: {@code DP-01 BLUE=60 YELLOW=60 ORANGE=60 RED=120}.
 */
record RuleForm(String code, String indicatorCode, String domain, String nameEn, String nameZh, String type,
        String direction, String aggregate, String comparison, String period, String thresholdBLUE,
        String thresholdYELLOW, String thresholdORANGE, String thresholdRED, String windowBLUE, String windowYELLOW,
        String windowORANGE, String windowRED, String overrides, String recoverAfter, Boolean active) {

    static RuleForm empty() {
        return new RuleForm("", "", "", "", "", "THRESHOLD", "HIGHER_IS_WORSE", "", "", "", "", "", "", "", "", "",
                "", "", "", "1", true);
    }

    static RuleForm of(Rule r) {
        RuleDefinition d = r.definition();
        StringBuilder lines = new StringBuilder();
        for (ThresholdOverride o : d.overrides()) {
            lines.append(o.jurisdiction());
            o.thresholds().forEach((level, value) -> lines.append(' ').append(level).append('=').append(number(value)));
            lines.append('\n');
        }
        return new RuleForm(r.code(), r.indicatorCode(), r.domain().name(), r.nameEn(), r.nameZh(), d.type().name(),
                d.direction().name(), d.aggregate() == null ? "" : d.aggregate().name(),
                d.comparison() == null ? "" : d.comparison().name(), d.period() == null ? "" : d.period(),
                threshold(d, WarningLevel.BLUE), threshold(d, WarningLevel.YELLOW), threshold(d, WarningLevel.ORANGE),
                threshold(d, WarningLevel.RED), window(d, WarningLevel.BLUE), window(d, WarningLevel.YELLOW),
                window(d, WarningLevel.ORANGE), window(d, WarningLevel.RED), lines.toString().strip(),
                String.valueOf(d.recoverAfter()), r.active());
    }

    private static String threshold(RuleDefinition d, WarningLevel level) {
        Double v = d.thresholds().get(level);
        return v == null ? "" : number(v);
    }

    private static String window(RuleDefinition d, WarningLevel level) {
        return d.windows() == null || d.windows().get(level) == null ? "" : d.windows().get(level);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    public String threshold(String level) {
        return switch (WarningLevel.valueOf(level)) {
            case BLUE -> thresholdBLUE;
            case YELLOW -> thresholdYELLOW;
            case ORANGE -> thresholdORANGE;
            case RED -> thresholdRED;
        };
    }

    public String window(String level) {
        return switch (WarningLevel.valueOf(level)) {
            case BLUE -> windowBLUE;
            case YELLOW -> windowYELLOW;
            case ORANGE -> windowORANGE;
            case RED -> windowRED;
        };
    }

    public boolean activeChecked() {
        return active != null && active;
    }

    /** Turn the form into a draft; throws {@link BadInputException} naming every unreadable input by field. */
    RuleDraft draft() {
        List<Problem> problems = new ArrayList<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, String> windows = new LinkedHashMap<>();
        for (WarningLevel level : WarningLevel.values()) {
            Double value = parse("thresholds." + level, threshold(level.name()), problems);
            if (value != null) {
                thresholds.put(level.name(), value);
            }
            String w = window(level.name());
            if (w != null && !w.isBlank()) {
                windows.put(level.name(), w.trim());
            }
        }
        List<RuleRequest.OverrideRequest> overrideList = new ArrayList<>();
        if (overrides != null) {
            int i = 0;
            for (String line : overrides.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split("[\\s,;]+");
                Map<String, Double> levels = new LinkedHashMap<>();
                for (int p = 1; p < parts.length; p++) {
                    String[] kv = parts[p].split("=", 2);
                    String field = "overrides[" + i + "].thresholds." + kv[0];
                    if (kv.length < 2) {
                        problems.add(Problem.at(field, "rule.override.level-value"));
                    } else {
                        Double value = parse(field, kv[1], problems);
                        if (value != null) {
                            levels.put(kv[0], value);
                        }
                    }
                }
                overrideList.add(new RuleRequest.OverrideRequest(parts[0], levels));
                i++;
            }
        }
        Integer recover = null;
        if (recoverAfter != null && !recoverAfter.isBlank()) {
            try {
                recover = Integer.valueOf(recoverAfter.trim());
            } catch (NumberFormatException e) {
                problems.add(Problem.at("recoverAfter", "rule.whole-number"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("invalid rule", problems);
        }
        return new RuleRequest(code, indicatorCode, domain, nameEn, nameZh, type, direction, aggregate, comparison,
                period, thresholds, windows.isEmpty() ? null : windows, overrideList, recover, activeChecked())
                .draft();
    }

    private static Double parse(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "rule.number"));
            return null;
        }
    }
}
