package org.rampart.identity.web;

import java.time.Instant;
import java.util.List;
import org.rampart.identity.User;
import org.rampart.shared.Role;

/** A user in the API: never the password hash. */
record UserView(String username, String displayName, List<Role> roles, String jurisdiction, String unit, String locale,
        boolean active, boolean locked, Instant lockedUntil, Instant lastLoginAt, Instant createdAt) {

    static UserView of(User u) {
        boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now());
        return new UserView(u.username(), u.displayName(), u.roles().stream().sorted().toList(), u.jurisdictionCode(),
                u.unitCode(), u.locale(), u.active(), locked, locked ? u.lockedUntil() : null, u.lastLoginAt(),
                u.createdAt());
    }
}
