package org.rampart.incident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rampart.incident.Figures.Figure;

/**
 * Grade an incident's figures by a rule set: a figure reaches a grade when it is at least that grade's threshold; the
 * most serious grade any one criterion reaches wins; below every threshold the grade is IV.
 */
public final class Grading {

    private Grading() {
    }

    /** One criterion that decided the grade: the figure, its value, and the threshold it reached. */
    public record Reason(Figure figure, BigDecimal value, BigDecimal threshold, IncidentGrade grade) {
    }

    /** The grade with the criteria that reached it (empty for a grade IV that no threshold decided). */
    public record Result(IncidentGrade grade, List<Reason> reasons) {

        public Result {
            reasons = List.copyOf(reasons);
        }

        /** A plain English explanation such as "deaths 3 >= 3 (III)", or "below every grade III threshold". */
        public String explanation() {
            if (reasons.isEmpty()) {
                return "below every grade III threshold";
            }
            List<String> parts = new ArrayList<>();
            for (Reason r : reasons) {
                parts.add(r.figure().name().toLowerCase(java.util.Locale.ROOT) + " " + r.value().stripTrailingZeros()
                        .toPlainString() + " >= " + r.threshold().stripTrailingZeros().toPlainString() + " ("
                        + r.grade() + ")");
            }
            return String.join("; ", parts);
        }
    }

    /** Grade the figures; never null. */
    public static Result grade(GradingRuleSet rules, Figures figures) {
        IncidentGrade best = IncidentGrade.IV;
        List<Reason> reasons = new ArrayList<>();
        for (GradingRuleSet.Criterion c : rules.criteria()) {
            BigDecimal value = figures.value(c.figure());
            for (IncidentGrade g : List.of(IncidentGrade.I, IncidentGrade.II, IncidentGrade.III)) {
                BigDecimal t = c.threshold(g);
                if (t != null && value.compareTo(t) >= 0) {
                    if (g.moreSeriousThan(best)) {
                        best = g;
                        reasons.clear();
                    }
                    if (g == best) {
                        reasons.add(new Reason(c.figure(), value, t, g));
                    }
                    break;
                }
            }
        }
        return new Result(best, reasons);
    }
}
