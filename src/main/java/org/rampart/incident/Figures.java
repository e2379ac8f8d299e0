package org.rampart.incident;

import java.math.BigDecimal;

/**
 * The figures an incident is graded by: deaths, serious injuries (incl. acute industrial poisoning), missing, affected
 * people, and the direct economic loss in units of 10,000 CNY (万元, as Decree 493 states amounts); none null.
 */
public record Figures(int deaths, int seriousInjuries, int missing, int affected, BigDecimal economicLoss) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, BigDecimal.ZERO);

    public Figures {
        economicLoss = economicLoss == null ? BigDecimal.ZERO : economicLoss;
    }

    /** The value of one figure. */
    public BigDecimal value(Figure figure) {
        return switch (figure) {
            case DEATHS -> BigDecimal.valueOf(deaths);
            case SERIOUS_INJURIES -> BigDecimal.valueOf(seriousInjuries);
            case MISSING -> BigDecimal.valueOf(missing);
            case DEATHS_AND_MISSING -> BigDecimal.valueOf((long) deaths + missing);
            case AFFECTED -> BigDecimal.valueOf(affected);
            case ECONOMIC_LOSS -> economicLoss;
        };
    }

    /** True when the casualty figures (deaths, injuries, missing) differ from the other's. */
    public boolean casualtiesDiffer(Figures other) {
        return other == null || deaths != other.deaths || seriousInjuries != other.seriousInjuries
                || missing != other.missing;
    }

    /** The figures a grading criterion may name. */
    public enum Figure {
        DEATHS, SERIOUS_INJURIES, MISSING, DEATHS_AND_MISSING, AFFECTED, ECONOMIC_LOSS
    }
}
