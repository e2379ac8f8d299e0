package org.rampart.warning;

/** What a rule measures before comparing it with the thresholds of each level. */
public enum RuleType {
    /** The latest value. */
    THRESHOLD,
    /** The percent change of the latest value against an earlier period. */
    RATE_OF_CHANGE,
    /** An aggregate (sum, mean, max) over a rolling window, which may differ per level. */
    WINDOW,
    /** The number of expected periods that elapsed without an observation. */
    MISSING_DATA;

    /** Parse a type name case-insensitively, or return null when it names none. */
    public static RuleType parse(String name) {
        return parseEnum(RuleType.class, name);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name.trim())) {
                return e;
            }
        }
        return null;
    }
}
