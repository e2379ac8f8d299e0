package org.rampart.notification;

import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Say who may do what with notifications, for the facade and the pages alike, so that no role list is repeated
 * anywhere else. Where they may do it is their scope, checked in SQL.
 * <ul>
 * <li>administrators and coordinators read the routing rules of their scope, and change them with a token that may
 * write;</li>
 * <li>administrators read the delivery log of their scope, and replay failed deliveries with a token that may
 * write;</li>
 * <li>every signed-in user reads and marks their own inbox.</li>
 * </ul>
 */
@Component
public class NotificationPolicy {

    NotificationPolicy() {
    }

    /** Return true when the actor may read the routing rules of their scope. */
    public boolean mayReadRules(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) || actor.has(Role.COORDINATOR);
    }

    /** Return true when the actor may create, change and delete the routing rules of their scope. */
    public boolean mayEditRules(Actor actor) {
        return mayReadRules(actor) && !actor.readOnly();
    }

    /** Return true when the actor may read the delivery log of their scope. */
    public boolean mayReadDeliveries(Actor actor) {
        return actor.has(Role.ADMINISTRATOR);
    }

    /** Return true when the actor may put failed or dead deliveries of their scope back in the queue. */
    public boolean mayReplay(Actor actor) {
        return mayReadDeliveries(actor) && !actor.readOnly();
    }

    /** Return true when the actor has an inbox: a user, not the system or the command line. */
    public boolean hasInbox(Actor actor) {
        return actor.userId() > 0;
    }

    /** Refuse (403) unless the actor may read the routing rules. */
    public void requireReadRules(Actor actor) {
        require(mayReadRules(actor), "requires one of the roles [ADMINISTRATOR, COORDINATOR]");
    }

    /** Refuse (403) unless the actor may change the routing rules. */
    public void requireEditRules(Actor actor) {
        requireReadRules(actor);
        require(!actor.readOnly(), "read-only token");
    }

    /** Refuse (403) unless the actor may read the delivery log. */
    public void requireReadDeliveries(Actor actor) {
        require(mayReadDeliveries(actor), "requires one of the roles [ADMINISTRATOR]");
    }

    /** Refuse (403) unless the actor may replay deliveries. */
    public void requireReplay(Actor actor) {
        requireReadDeliveries(actor);
        require(!actor.readOnly(), "read-only token");
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
