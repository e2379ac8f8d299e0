package org.rampart.identity;

import java.time.Instant;
import java.util.Set;
import org.rampart.shared.Role;

/** A user account as administrators see it (never the password hash). */
public record User(long id, String username, String displayName, Set<Role> roles, String jurisdictionCode,
        String jurisdictionPath, String unitCode, String locale, boolean active, Instant lockedUntil,
        Instant lastLoginAt, Instant createdAt) {
}
