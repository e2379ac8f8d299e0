package org.rampart.supervision;

import org.rampart.shared.Actor;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Say who may do what with meetings and decisions, for the facade and the pages alike. Everybody signed in reads the
 * meetings, decisions and minutes of their scope; the committee's office (coordinators, officers and administrators,
 * not with a read-only token) schedules meetings and series, keeps agenda and minutes, records decisions and turns
 * them into tasks; administrators set the committee codes of the jurisdictions in their scope.
 */
@Component
public class MeetingPolicy {

    /** Return true when the actor may schedule meetings and keep their agenda, minutes and decisions. */
    public boolean mayOrganise(Actor actor) {
        return !actor.readOnly() && Permissions.hasAny(actor, Role.COORDINATOR, Role.OFFICER, Role.ADMINISTRATOR);
    }

    /** Return true when the actor may change this meeting: {@link #mayOrganise} and it is scheduled or held. */
    public boolean mayChange(Actor actor, Meeting meeting) {
        return mayOrganise(actor) && meeting.status().changeable();
    }

    /** Return true when the actor may set committee codes (administrators, not read-only). */
    public boolean maySetCommitteeCodes(Actor actor) {
        return !actor.readOnly() && actor.has(Role.ADMINISTRATOR);
    }

    /** Refuse (403) unless the actor may organise meetings. */
    public void requireOrganise(Actor actor) {
        Permissions.require(actor, Role.COORDINATOR, Role.OFFICER, Role.ADMINISTRATOR);
        Permissions.requireWrite(actor);
    }

    /** Refuse (403) unless the actor may set committee codes. */
    public void requireCommitteeCodes(Actor actor) {
        if (!maySetCommitteeCodes(actor)) {
            throw new AccessDeniedException("requires the role ADMINISTRATOR");
        }
    }
}
