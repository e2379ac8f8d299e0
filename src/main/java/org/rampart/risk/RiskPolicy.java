package org.rampart.risk;

import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.shared.TreeScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with risks, asked by the facade before a change and by the pages for what they offer, so that no
 * role list is repeated anywhere else. Reading follows the actor's scope (checked in SQL); every change needs a
 * token that may write.
 * <ul>
 * <li>administrators, coordinators and analysts create, edit, assess, treat, review, close and import risks of their
 * scope, and export them;</li>
 * <li>only an administrator whose scope is the whole jurisdiction tree changes the risk matrix, which every risk of
 * the tree is scored on; an administrator of a part of the tree sees it read-only;</li>
 * <li>administrators edit the domain taxonomy (which moves to its own module).</li>
 * </ul>
 */
@Component
public class RiskPolicy {

    private final TreeScope treeScope;

    RiskPolicy(TreeScope treeScope) {
        this.treeScope = treeScope;
    }

    /** True when the actor may create, change, assess, treat, review, close and import risks (in their scope). */
    public boolean mayEdit(Actor actor) {
        return editorRole(actor) && !actor.readOnly();
    }

    /** True when the actor may export the risks of their scope (the register is theirs to read). */
    public boolean mayExport(Actor actor) {
        return actor != null;
    }

    /** True when the actor may change the risk matrix: an administrator of the whole tree, with a writing token. */
    public boolean mayChangeMatrix(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) && !actor.readOnly() && treeScope.coversWholeTree(actor);
    }

    /** True when the actor is an administrator who may change the matrix but for the part of the tree they hold. */
    public boolean matrixReadOnlyForScope(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) && !actor.readOnly() && !treeScope.coversWholeTree(actor);
    }

    /** True when the actor may edit the domain taxonomy. */
    public boolean mayAdministerTaxonomy(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) && !actor.readOnly();
    }

    /** Refuse (403) an actor who may not change risks. */
    public void requireEditor(Actor actor) {
        if (!editorRole(actor)) {
            throw new AccessDeniedException("requires one of the roles [ADMINISTRATOR, COORDINATOR, ANALYST]");
        }
        requireWrite(actor);
    }

    /** Refuse (403) an actor who may not change the matrix. */
    public void requireMatrixEditor(Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("requires one of the roles [ADMINISTRATOR]");
        }
        requireWrite(actor);
        if (!treeScope.coversWholeTree(actor)) {
            throw new AccessDeniedException("only an administrator of the whole jurisdiction tree may change the risk matrix");
        }
    }

    /** Refuse (403) an actor who may not edit the domain taxonomy. */
    public void requireTaxonomyEditor(Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("requires one of the roles [ADMINISTRATOR]");
        }
        requireWrite(actor);
    }

    private static boolean editorRole(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) || actor.has(Role.COORDINATOR) || actor.has(Role.ANALYST);
    }

    private static void requireWrite(Actor actor) {
        if (actor.readOnly()) {
            throw new AccessDeniedException("read-only token");
        }
    }
}
