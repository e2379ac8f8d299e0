package org.rampart.indicator;

/**
 * How a parent jurisdiction that does not report an indicator gets a value from its subtree. {@code LAST} takes
 * the most recently received value; {@code NONE} means no roll-up.
 */
public enum Aggregation {
    SUM, MEAN, POPULATION_WEIGHTED_MEAN, MAX, MIN, LAST, NONE;

    /** Parse a name case-insensitively, or return null. */
    public static Aggregation parse(String name) {
        if (name == null) {
            return null;
        }
        for (Aggregation a : values()) {
            if (a.name().equalsIgnoreCase(name.trim())) {
                return a;
            }
        }
        return null;
    }
}
