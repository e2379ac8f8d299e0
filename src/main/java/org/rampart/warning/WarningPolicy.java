package org.rampart.warning;

import org.rampart.shared.Actor;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.rampart.shared.TreeScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with early warnings, for the facades and the pages alike. Officers, coordinators and administrators
 * acknowledge warnings of their scope; coordinators and administrators assign, resolve and silence them and handle
 * CAP messages; rules fire in every city, so only administrators and coordinators whose scope is the whole tree edit
 * them (others read them). A read-only token changes nothing.
 */
@Component
public class WarningPolicy {

    private final TreeScope treeScope;

    WarningPolicy(TreeScope treeScope) {
        this.treeScope = treeScope;
    }

    /** Acknowledge an open warning in the actor's scope. */
    public boolean mayAcknowledge(Actor actor) {
        return !actor.readOnly() && Permissions.hasAny(actor, Role.ADMINISTRATOR, Role.COORDINATOR, Role.OFFICER);
    }

    /** Assign and resolve warnings, and create and end silences, in the actor's scope. */
    public boolean mayManage(Actor actor) {
        return !actor.readOnly() && coordinates(actor);
    }

    /** Create and change rules (with their thresholds per jurisdiction). */
    public boolean mayEditRules(Actor actor) {
        return !actor.readOnly() && coordinates(actor) && treeScope.coversWholeTree(actor);
    }

    /** Read, prepare and import CAP messages (changing them also needs {@link #requireWrite}). */
    public boolean mayHandleCap(Actor actor) {
        return coordinates(actor);
    }

    void requireAcknowledge(Actor actor) {
        Permissions.requireWrite(actor);
        Permissions.require(actor, Role.ADMINISTRATOR, Role.COORDINATOR, Role.OFFICER);
    }

    void requireManage(Actor actor) {
        Permissions.requireWrite(actor);
        Permissions.require(actor, Role.ADMINISTRATOR, Role.COORDINATOR);
    }

    void requireEditRules(Actor actor) {
        requireManage(actor);
        if (!mayEditRules(actor)) {
            throw new AccessDeniedException(
                    "rules apply to the whole tree: only its administrators and coordinators may edit them");
        }
    }

    /** Throw 403 unless the actor may handle CAP messages. */
    public void requireCap(Actor actor) {
        Permissions.require(actor, Role.COORDINATOR, Role.ADMINISTRATOR);
    }

    /** Throw 403 unless the actor may handle CAP messages and change them (no read-only token). */
    public void requireCapWrite(Actor actor) {
        requireCap(actor);
        Permissions.requireWrite(actor);
    }

    private static boolean coordinates(Actor actor) {
        return Permissions.hasAny(actor, Role.ADMINISTRATOR, Role.COORDINATOR);
    }
}
