package org.rampart.notification;

/** How a notification reaches its recipient. */
public enum Channel {
    IN_APP, EMAIL, WEBHOOK;

    /** Parse a channel name case-insensitively, or return null when it names none. */
    public static Channel parse(String name) {
        if (name == null) {
            return null;
        }
        for (Channel c : values()) {
            if (c.name().equalsIgnoreCase(name.trim())) {
                return c;
            }
        }
        return null;
    }
}
