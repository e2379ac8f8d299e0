package org.rampart.supervision;

/**
 * What a receiving unit decided about the units below it: passed the directive on to them, or found that it does not
 * apply below (with a note). Undecided is null.
 */
public enum PassOn {
    PASSED, NOT_APPLICABLE
}
