package org.rampart.shared;

import java.util.Set;

/**
 * Who is acting: a signed-in user (or an API token's user) with roles and a scope, the subtree below the
 * jurisdiction whose materialised path is {@code scopePath}.
 */
public record Actor(long userId, String username, Set<Role> roles, long jurisdictionId, String scopePath, Long unitId,
        boolean readOnly) implements java.io.Serializable {

    private static final Actor SYSTEM = new Actor(0, "system", Set.of(Role.ADMINISTRATOR), 0, Scope.WHOLE_TREE.path(),
            null, false);

    /** The actor of work that no user started: demo loading, command-line tools, scheduled jobs. */
    public static Actor system() {
        return SYSTEM;
    }

    /** Return the command-line actor named by an operator. */
    public static Actor cli(String username) {
        return new Actor(0, "cli:" + username, Set.of(Role.ADMINISTRATOR), 0, Scope.WHOLE_TREE.path(), null, false);
    }

    /** The actor's scope. */
    public Scope scope() {
        return Scope.of(scopePath);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    /** True when the record at this materialised path lies in the actor's scope. */
    public boolean covers(String path) {
        return scope().covers(path);
    }
}
