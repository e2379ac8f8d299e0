package org.rampart.warning;

/** Where a warning stands: raised and open, acknowledged by a person, recovered by the data, resolved by a person. */
public enum WarningState {
    OPEN, ACKNOWLEDGED, RECOVERED, RESOLVED;

    /** Parse a state name case-insensitively, or return null when it names none. */
    public static WarningState parse(String name) {
        return RuleType.parseEnum(WarningState.class, name);
    }
}
