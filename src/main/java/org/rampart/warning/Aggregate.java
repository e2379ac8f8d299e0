package org.rampart.warning;

/** How a {@link RuleType#WINDOW} rule combines the values within its window. */
public enum Aggregate {
    SUM, MEAN, MAX;

    /** Parse an aggregate name case-insensitively, or return null when it names none. */
    public static Aggregate parse(String name) {
        return RuleType.parseEnum(Aggregate.class, name);
    }
}
