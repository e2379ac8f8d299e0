package org.rampart.incident;

import java.util.Comparator;
import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.rampart.shared.Scope;
import org.rampart.shared.TreeScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Say who may do what with incidents, for the facade and the pages alike. Everybody signed in reads the incidents in
 * their scope; reporters, officers, coordinators and administrators report them and record what happens;
 * coordinators and administrators override grades; the duty officers of each level confirm receipt; administrators
 * read the grading rules, and only an administrator whose scope spans the whole tree changes them (they apply to
 * every incident of the tree).
 */
@Component
public class IncidentPolicy {

    private final ObjectProvider<TreeScope> treeScope;

    IncidentPolicy(ObjectProvider<TreeScope> treeScope) {
        this.treeScope = treeScope;
    }

    /** Return true when the actor may report incidents and record what happens (not with a read-only token). */
    public boolean mayReport(Actor actor) {
        return !actor.readOnly() && (actor.has(Role.REPORTER) || actor.has(Role.OFFICER)
                || actor.has(Role.COORDINATOR) || actor.has(Role.ADMINISTRATOR));
    }

    /** Return true when the actor may report on or change this incident: {@link #mayReport} and it is open. */
    public boolean mayChange(Actor actor, Incident incident) {
        return mayReport(actor) && incident.status() != IncidentStatus.CLOSED;
    }

    /** Return true when the actor may override grades (coordinators and administrators). */
    public boolean mayOverride(Actor actor) {
        return !actor.readOnly() && (actor.has(Role.COORDINATOR) || actor.has(Role.ADMINISTRATOR));
    }

    /** Return true when the actor may read the grading rules page (administrators). */
    public boolean mayReadRules(Actor actor) {
        return actor.has(Role.ADMINISTRATOR);
    }

    /**
     * Return true when the actor may change the grading rules: an administrator, not read-only, whose scope spans the
     * whole tree (the global scope, or the tree's only root), since a rule set regrades incidents everywhere.
     */
    public boolean mayChangeRules(Actor actor) {
        return mayReadRules(actor) && !actor.readOnly() && coversWholeTree(actor);
    }

    /**
     * Return true when the actor is a duty officer of the step's level and it is not yet confirmed: a coordinator or
     * officer whose scope is exactly the step's jurisdiction (for the national step: the province's, which passes the
     * report on).
     */
    public boolean mayConfirm(Actor actor, ReportStep step, List<ReportStep> chain) {
        if (actor.readOnly() || step.confirmedAt() != null
                || !(actor.has(Role.COORDINATOR) || actor.has(Role.OFFICER))) {
            return false;
        }
        String path = step.jurisdictionPath();
        if (step.external()) {
            path = chain.stream().filter(s -> !s.external()).min(Comparator.comparingInt(ReportStep::level))
                    .map(ReportStep::jurisdictionPath).orElse(null);
        }
        return path != null && path.equals(actor.scopePath());
    }

    void requireReport(Actor actor) {
        requireRole(actor, Role.REPORTER, Role.OFFICER, Role.COORDINATOR, Role.ADMINISTRATOR);
    }

    void requireOverride(Actor actor) {
        requireRole(actor, Role.COORDINATOR, Role.ADMINISTRATOR);
    }

    private static void requireRole(Actor actor, Role... anyOf) {
        Permissions.require(actor, anyOf);
        Permissions.requireWrite(actor);
    }

    /** Refuse (403) unless the actor may read the grading rules page. */
    public void requireReadRules(Actor actor) {
        require(mayReadRules(actor), "requires the role ADMINISTRATOR");
    }

    /** Refuse (403) unless the actor may change the grading rules. */
    public void requireChangeRules(Actor actor) {
        requireReadRules(actor);
        require(!actor.readOnly(), "read-only token");
        require(coversWholeTree(actor),
                "grading rules apply to the whole tree: only an administrator of the whole tree changes them");
    }

    private boolean coversWholeTree(Actor actor) {
        TreeScope tree = treeScope.getIfAvailable();
        return tree != null ? tree.coversWholeTree(actor) : Scope.WHOLE_TREE.equals(actor.scope());
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
