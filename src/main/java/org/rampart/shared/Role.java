package org.rampart.shared;

/** What a user may do; where they may do it is their scope. */
public enum Role {
    ADMINISTRATOR, COORDINATOR, ANALYST, OFFICER, REPORTER, INSPECTOR, VIEWER;

    /** Parse a role name case-insensitively, or return null when it names no role. */
    public static Role parse(String name) {
        if (name == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name.trim())) {
                return role;
            }
        }
        return null;
    }
}
