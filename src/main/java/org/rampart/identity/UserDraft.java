package org.rampart.identity;

import java.util.Set;
import org.rampart.shared.Role;

/** A new user or the new roles, scope and unit of one; password is only used on creation. */
public record UserDraft(String username, String displayName, Set<Role> roles, String jurisdictionCode, String unitCode,
        String password, String locale) {
}
