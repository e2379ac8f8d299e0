package org.rampart.notification;

/**
 * Where a delivery stands: waiting to be sent (or retried), sent, failed for good (a cause that a retry cannot fix,
 * such as a missing e-mail address), dead after the last retry, or suppressed because a silence matched the warning.
 */
public enum DeliveryState {
    PENDING, SENT, FAILED, DEAD, SUPPRESSED;

    /** Parse a state name case-insensitively, or return null when it names none. */
    public static DeliveryState parse(String name) {
        if (name == null) {
            return null;
        }
        for (DeliveryState s : values()) {
            if (s.name().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        return null;
    }
}
