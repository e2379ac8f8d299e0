package org.rampart.warning;

/**
 * The outcome of evaluating a rule: the new state, what changed, the level the latest data reached on its own
 * (before hysteresis), and why.
 *
 * @param measured false when the data did not allow a measure (no base period, a zero base, no data): then nothing
 *     changed, not even the hysteresis count
 */
record Evaluation(RuleState state, Decision decision, WarningLevel computed, boolean measured, String explanation) {

    boolean changed() {
        return decision != Decision.UNCHANGED;
    }
}
