package org.rampart.incident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rampart.incident.Figures.Figure;
import org.rampart.shared.BadInputException.Problem;

/**
 * The grading criteria of one incident type: for each figure the smallest value ("at least", inclusive) that makes an
 * incident grade I, II and III; below every grade III threshold an incident is grade IV. A null threshold means the
 * figure never reaches that grade by itself.
 */
public record GradingRuleSet(List<Criterion> criteria) {

    public GradingRuleSet {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** One criterion: the figure and its inclusive thresholds for grades I, II and III (each may be null). */
    public record Criterion(Figure figure, BigDecimal atLeastI, BigDecimal atLeastII, BigDecimal atLeastIII) {

        /** The threshold for a grade; null for IV or when the criterion does not reach the grade. */
        public BigDecimal threshold(IncidentGrade grade) {
            return switch (grade) {
                case I -> atLeastI;
                case II -> atLeastII;
                case III -> atLeastIII;
                case IV -> null;
            };
        }
    }

    /** Decree 493 (2007), Art. 3: deaths, serious injuries and direct economic loss in 10,000 CNY. */
    public static GradingRuleSet decree493() {
        return new GradingRuleSet(List.of(
                criterion(Figure.DEATHS, 30, 10, 3),
                criterion(Figure.SERIOUS_INJURIES, 100, 50, 10),
                criterion(Figure.ECONOMIC_LOSS, 10_000, 5_000, 1_000)));
    }

    /** The editable default of a type: Decree 493 for production safety, plausible figures for the others. */
    public static GradingRuleSet defaultFor(IncidentType type) {
        return switch (type) {
            case PRODUCTION_SAFETY -> decree493();
            case NATURAL_DISASTER -> new GradingRuleSet(List.of(
                    criterion(Figure.DEATHS_AND_MISSING, 100, 50, 10),
                    criterion(Figure.AFFECTED, 100_000, 10_000, 1_000),
                    criterion(Figure.ECONOMIC_LOSS, 100_000, 10_000, 1_000)));
            case PUBLIC_HEALTH -> new GradingRuleSet(List.of(
                    criterion(Figure.DEATHS, 30, 10, 3),
                    criterion(Figure.AFFECTED, 1_000, 100, 30)));
            case SOCIAL_SECURITY -> new GradingRuleSet(List.of(
                    criterion(Figure.DEATHS, 10, 3, 1),
                    criterion(Figure.SERIOUS_INJURIES, 50, 20, 5),
                    criterion(Figure.AFFECTED, 10_000, 1_000, 300)));
            case CYBER_DATA -> new GradingRuleSet(List.of(
                    criterion(Figure.AFFECTED, 10_000_000, 1_000_000, 100_000),
                    criterion(Figure.ECONOMIC_LOSS, 10_000, 1_000, 100)));
            case SUPPLY_DISRUPTION -> new GradingRuleSet(List.of(
                    criterion(Figure.AFFECTED, 1_000_000, 100_000, 10_000),
                    criterion(Figure.ECONOMIC_LOSS, 50_000, 10_000, 1_000)));
        };
    }

    private static Criterion criterion(Figure figure, long i, long ii, long iii) {
        return new Criterion(figure, BigDecimal.valueOf(i), BigDecimal.valueOf(ii), BigDecimal.valueOf(iii));
    }

    /** Every problem of this rule set, each naming the criterion (item, from 1) and the field; empty when valid. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (criteria.isEmpty()) {
            problems.add(Problem.at("criteria", "incident.rules.no-criterion"));
        }
        Set<Figure> seen = EnumSet.noneOf(Figure.class);
        for (int n = 0; n < criteria.size(); n++) {
            Criterion c = criteria.get(n);
            int item = n + 1;
            if (c == null) {
                problems.add(Problem.atItem(item, "criteria", "value.required"));
                continue;
            }
            if (c.figure() == null) {
                problems.add(Problem.atItem(item, "figure", "value.required"));
            } else if (!seen.add(c.figure())) {
                problems.add(Problem.atItem(item, "figure", "incident.rules.duplicate-figure", c.figure()));
            }
            if (c.atLeastI() == null && c.atLeastII() == null && c.atLeastIII() == null) {
                problems.add(Problem.atItem(item, "atLeastIII", "incident.rules.no-threshold"));
            }
            BigDecimal previous = null;
            String previousName = null;
            for (IncidentGrade g : List.of(IncidentGrade.I, IncidentGrade.II, IncidentGrade.III)) {
                BigDecimal t = c.threshold(g);
                if (t == null) {
                    continue;
                }
                String field = "atLeast" + g.name();
                if (t.signum() <= 0) {
                    problems.add(Problem.atItem(item, field, "incident.rules.not-positive"));
                } else if (t.scale() > 2 && t.stripTrailingZeros().scale() > 2) {
                    problems.add(Problem.atItem(item, field, "incident.number.decimals"));
                } else if (previous != null && t.compareTo(previous) >= 0) {
                    problems.add(Problem.atItem(item, field, "incident.rules.not-below", previousName));
                }
                previous = t;
                previousName = g.name();
            }
        }
        return problems;
    }
}
