package org.rampart.indicator;

import org.rampart.shared.Actor;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with key risk indicators, for the facades and the pages alike. Administrators and coordinators
 * define indicators and watch the MQTT feed (its status and dead letters); they, officers, reporters and analysts
 * submit observations (the form, the entry grid, uploads, the API) in their scope; everybody signed in reads them. A
 * read-only token changes nothing.
 */
@Component
public class IndicatorPolicy {

    private static final Role[] EDITORS = {Role.ADMINISTRATOR, Role.COORDINATOR};
    private static final Role[] SUBMITTERS = {Role.ADMINISTRATOR, Role.COORDINATOR, Role.OFFICER, Role.REPORTER,
        Role.ANALYST};

    /** Create and change indicator definitions. */
    public boolean mayEdit(Actor actor) {
        return !actor.readOnly() && Permissions.hasAny(actor, EDITORS);
    }

    /** Submit observations. */
    public boolean maySubmit(Actor actor) {
        return !actor.readOnly() && Permissions.hasAny(actor, SUBMITTERS);
    }

    /** Throw 403 unless the actor may edit definitions. */
    public void requireEdit(Actor actor) {
        Permissions.require(actor, EDITORS);
        Permissions.requireWrite(actor);
    }

    /** Throw 403 unless the actor may open the submitting pages (a read-only token may look at the grid). */
    public void requireSubmitterRole(Actor actor) {
        Permissions.require(actor, SUBMITTERS);
    }

    /** Throw 403 unless the actor may submit observations. */
    public void requireSubmit(Actor actor) {
        requireSubmitterRole(actor);
        Permissions.requireWrite(actor);
    }

    /** Throw 403 unless the actor may watch the MQTT feed. */
    public void requireFeedWatcher(Actor actor) {
        Permissions.require(actor, EDITORS);
    }
}
