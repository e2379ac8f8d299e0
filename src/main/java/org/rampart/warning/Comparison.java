package org.rampart.warning;

/** What a {@link RuleType#RATE_OF_CHANGE} rule compares the latest value with. */
public enum Comparison {
    /** The observation of the period just before. */
    PREVIOUS_PERIOD,
    /** The observation of the same period one year earlier. */
    SAME_PERIOD_LAST_YEAR;

    /** Parse a comparison name case-insensitively, or return null when it names none. */
    public static Comparison parse(String name) {
        return RuleType.parseEnum(Comparison.class, name);
    }
}
