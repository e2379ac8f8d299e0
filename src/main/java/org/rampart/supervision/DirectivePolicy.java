package org.rampart.supervision;

import java.util.Objects;
import org.rampart.shared.Actor;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Say who may do what with directives, for the facade and the pages alike. Coordinators and administrators write and
 * circulate directives for the jurisdictions of their scope, see the whole tree of the directives sent there, and turn
 * a directive into tasks. Any member of a receiving unit (every role but viewer, not with a read-only token) acts for
 * the unit: confirms, passes the directive on, reports on implementation. Everybody else who sees a receipt reads it.
 */
@Component
public class DirectivePolicy {

    /** Return true when the actor may write and circulate directives (coordinators and administrators). */
    public boolean mayWrite(Actor actor) {
        return !actor.readOnly() && Permissions.hasAny(actor, Role.COORDINATOR, Role.ADMINISTRATOR);
    }

    /** Return true when the actor acts for the sending side of this directive: {@link #mayWrite} in its scope. */
    public boolean maySend(Actor actor, Directive directive) {
        return mayWrite(actor) && actor.covers(directive.jurisdictionPath());
    }

    /** Return true when the actor reads the directive from the sending side (its jurisdiction lies in the scope). */
    public boolean isSender(Actor actor, Directive directive) {
        return actor.covers(directive.jurisdictionPath());
    }

    /** Return true when the actor is a member of the receipt's unit who may act for it. */
    public boolean mayActFor(Actor actor, DirectiveReceipt receipt) {
        return !actor.readOnly() && Objects.equals(actor.unitId(), receipt.unitId())
                && actor.roles().stream().anyMatch(r -> r != Role.VIEWER);
    }

    /** Refuse (403) unless the actor may write directives: for pages that offer the form. */
    public void requireWriteForPages(Actor actor) {
        requireWrite(actor);
    }

    /** Refuse (403) unless the actor acts for the sending side of the directive: for pages that offer its changes. */
    public void requireSendForPages(Actor actor, Directive directive) {
        if (!maySend(actor, directive)) {
            throw new AccessDeniedException("only the sending side changes a directive");
        }
    }

    void requireWrite(Actor actor) {
        Permissions.require(actor, Role.COORDINATOR, Role.ADMINISTRATOR);
        Permissions.requireWrite(actor);
    }

    void requireActFor(Actor actor, DirectiveReceipt receipt) {
        if (!mayActFor(actor, receipt)) {
            throw new AccessDeniedException("only a member of the receiving unit acts for it");
        }
    }
}
