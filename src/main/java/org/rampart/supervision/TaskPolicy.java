package org.rampart.supervision;

import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.shared.Scope;
import org.rampart.shared.TreeScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Say who may do what with supervision tasks, for the facade and the pages alike. The assigning side (supervisors:
 * administrators, coordinators and officers whose scope covers the task's assigning jurisdiction) assigns, decides
 * objections and extension requests, verifies, sends back and cancels; members of the lead unit accept, object, report
 * progress, ask for extensions and submit; members of assisting units report progress; administrators and
 * coordinators of the assigning scope give leader instructions; only an administrator of the whole tree configures
 * the objection types. Nobody changes anything with a read-only token.
 */
@Component
public class TaskPolicy {

    private final ObjectProvider<TreeScope> treeScope;

    TaskPolicy(ObjectProvider<TreeScope> treeScope) {
        this.treeScope = treeScope;
    }

    private static boolean supervisor(Actor actor) {
        return !actor.readOnly() && (actor.has(Role.ADMINISTRATOR) || actor.has(Role.COORDINATOR)
                || actor.has(Role.OFFICER));
    }

    /** Return true when the actor may assign tasks in some jurisdiction of their scope. */
    public boolean mayAssign(Actor actor) {
        return supervisor(actor);
    }

    /** Return true when the actor acts for the assigning side of the task (decides, verifies, closes). */
    public boolean maySupervise(Actor actor, Task task) {
        return supervisor(actor) && actor.covers(task.jurisdictionPath());
    }

    /** Return true when the actor is a member of the task's lead unit who may act for it (not a viewer). */
    public boolean mayActForLead(Actor actor, Task task) {
        return member(actor) && actor.unitId() == task.leadUnit().id();
    }

    /** Return true when the actor may report progress: a member of the lead or an assisting unit. */
    public boolean mayReport(Actor actor, Task task) {
        return member(actor) && task.assignedTo(actor.unitId());
    }

    /**
     * Return true when the actor may split the task into sub-tasks: a member of its lead unit, or a supervisor whose
     * scope covers the lead unit's jurisdiction.
     */
    public boolean maySplit(Actor actor, Task task) {
        return mayActForLead(actor, task) || (supervisor(actor) && actor.covers(task.leadJurisdictionPath()));
    }

    /** Return true when the actor may give a leader instruction (批示) on the task. */
    public boolean mayInstruct(Actor actor, Task task) {
        return !actor.readOnly() && (actor.has(Role.ADMINISTRATOR) || actor.has(Role.COORDINATOR))
                && actor.covers(task.jurisdictionPath());
    }

    /** Return true when the actor may change the objection types (an administrator of the whole tree). */
    public boolean mayConfigure(Actor actor) {
        return !actor.readOnly() && actor.has(Role.ADMINISTRATOR) && coversWholeTree(actor);
    }

    private static boolean member(Actor actor) {
        return !actor.readOnly() && actor.unitId() != null
                && actor.roles().stream().anyMatch(r -> r != Role.VIEWER);
    }

    private boolean coversWholeTree(Actor actor) {
        TreeScope tree = treeScope.getIfAvailable();
        return tree != null ? tree.coversWholeTree(actor) : Scope.WHOLE_TREE.equals(actor.scope());
    }

    void requireAssign(Actor actor) {
        require(mayAssign(actor), "assigning tasks needs the role ADMINISTRATOR, COORDINATOR or OFFICER");
    }

    void requireConfigure(Actor actor) {
        require(mayConfigure(actor), "objection types apply to the whole tree: only its administrators change them");
    }

    static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
