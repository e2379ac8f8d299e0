package org.rampart.warning;

/**
 * Where a rule stands for one jurisdiction between evaluations.
 *
 * @param level the level of the open warning, null when none is open
 * @param lowerCount consecutive evaluations below {@code level} so far (hysteresis)
 * @param pending the most serious level seen during those evaluations, null when all were normal
 */
record RuleState(WarningLevel level, int lowerCount, WarningLevel pending) {

    static final RuleState NONE = new RuleState(null, 0, null);

    static RuleState at(WarningLevel level) {
        return new RuleState(level, 0, null);
    }
}
