package org.rampart.shared;

import org.springframework.security.access.AccessDeniedException;

/** Role checks shared by all modules; scope checks live in each module's SQL. */
public final class Permissions {

    private Permissions() {
    }

    /** True when the actor has one of the roles. */
    public static boolean hasAny(Actor actor, Role... anyOf) {
        for (Role role : anyOf) {
            if (actor.has(role)) {
                return true;
            }
        }
        return false;
    }

    /** Throw 403 unless the actor has one of the roles. */
    public static void require(Actor actor, Role... anyOf) {
        if (hasAny(actor, anyOf)) {
            return;
        }
        throw new AccessDeniedException("requires one of the roles " + java.util.Arrays.toString(anyOf));
    }

    /** Throw 403 when the actor signed in with a read-only token. */
    public static void requireWrite(Actor actor) {
        if (actor.readOnly()) {
            throw new AccessDeniedException("read-only token");
        }
    }
}
