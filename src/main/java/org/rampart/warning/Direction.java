package org.rampart.warning;

/** Which way a measure gets worse. */
public enum Direction {
    HIGHER_IS_WORSE, LOWER_IS_WORSE;

    /** True when the measure reaches the threshold; a value exactly at the threshold reaches it. */
    public boolean reaches(double measure, double threshold) {
        return this == HIGHER_IS_WORSE ? measure >= threshold : measure <= threshold;
    }

    /** True when threshold {@code b} is strictly harder to reach than threshold {@code a}. */
    boolean stricter(double a, double b) {
        return this == HIGHER_IS_WORSE ? b > a : b < a;
    }

    /** Parse a direction name case-insensitively, or return null when it names none. */
    public static Direction parse(String name) {
        return RuleType.parseEnum(Direction.class, name);
    }
}
