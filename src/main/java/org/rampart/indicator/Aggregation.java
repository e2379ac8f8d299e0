package org.rampart.indicator;

/**
 * How a parent jurisdiction that does not report an indicator gets a value from its subtree. {@code LAST} takes
 * the most recently received value; {@code NONE} means no roll-up.
 */
public enum Aggregation {
    SUM, MEAN, POPULATION_WEIGHTED_MEAN, MAX, MIN, LAST, NONE
}
