package org.rampart.identity;

import org.rampart.shared.Actor;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with user accounts, for the facade and the pages alike. Administrators and coordinators list and
 * read the users of their scope; administrators create and change them (roles, scope, locks, passwords, e-mail
 * addresses, API tokens of others). Everybody changes their own e-mail address, password and tokens. A read-only
 * token changes nothing. Where (which users) is the scope, filtered in the queries.
 */
@Component
public class IdentityPolicy {

    /** List and read the users of the actor's scope. */
    public boolean mayReadUsers(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) || actor.has(Role.COORDINATOR);
    }

    /** Create and change the users of the actor's scope. */
    public boolean mayAdminister(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) && !actor.readOnly();
    }

    /** Throw 403 unless the actor may read users. */
    public void requireReadUsers(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, Role.COORDINATOR);
    }

    /** Throw 403 unless the actor is an administrator (a page or a read of others' details; changes also check write). */
    public void requireAdministrator(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR);
    }

    /** Throw 403 unless the actor may change users. */
    public void requireAdminister(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR);
        Permissions.requireWrite(actor);
    }
}
