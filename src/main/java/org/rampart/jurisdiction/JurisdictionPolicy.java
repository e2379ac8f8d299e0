package org.rampart.jurisdiction;

import org.rampart.shared.Actor;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Say who may do what with the jurisdiction tree, for the facades and the pages alike, so that no controller or
 * template repeats a list of roles. Everybody signed in reads the jurisdictions and units of their scope (checked in
 * SQL); every change needs a token that may write.
 * <ul>
 * <li>administrators create, change, import and export jurisdictions below the jurisdictions of their scope, and
 * create and change member units there;</li>
 * <li>they move and deactivate jurisdictions of their scope, but not the jurisdiction their scope starts at;</li>
 * <li>only an administrator whose scope spans the whole tree (the global scope, or the tree's only root) renames the
 * levels, whose names every part of the tree shows.</li>
 * </ul>
 */
@Component
public class JurisdictionPolicy {

    private final JurisdictionRepository repository;

    JurisdictionPolicy(JurisdictionRepository repository) {
        this.repository = repository;
    }

    /** Return true when the actor may create, change and import jurisdictions and units (in their scope). */
    public boolean mayEdit(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) && !actor.readOnly();
    }

    /** Return true when the actor may move this jurisdiction: {@link #mayEdit} and it is not their scope's own top. */
    public boolean mayMove(Actor actor, Jurisdiction jurisdiction) {
        return mayEdit(actor) && !isScopeTop(actor, jurisdiction);
    }

    /** Return true when the actor may deactivate this jurisdiction: as for {@link #mayMove}. */
    public boolean mayDeactivate(Actor actor, Jurisdiction jurisdiction) {
        return mayMove(actor, jurisdiction);
    }

    /** Return true when the actor may rename the tree's levels: an administrator of the whole tree, writing. */
    public boolean mayRenameLevels(Actor actor) {
        return mayEdit(actor) && coversWholeTree(actor);
    }

    /** Return true when the actor's scope is global or the only root of the tree, so nothing lies outside it. */
    public boolean coversWholeTree(Actor actor) {
        return actor.scope().isWholeTree() || repository.isOnlyRoot(actor.scopePath());
    }

    /** Refuse (403) an actor who may not change jurisdictions or units; the forms ask this before they show. */
    public void requireEdit(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR);
        Permissions.requireWrite(actor);
    }

    void requireMove(Actor actor, Jurisdiction jurisdiction) {
        requireEdit(actor);
        require(!isScopeTop(actor, jurisdiction), "cannot move the root of one's own scope");
    }

    void requireDeactivate(Actor actor, Jurisdiction jurisdiction) {
        requireEdit(actor);
        require(!isScopeTop(actor, jurisdiction), "cannot deactivate the root of one's own scope");
    }

    void requireRenameLevels(Actor actor) {
        requireEdit(actor);
        require(coversWholeTree(actor), "level names are set for the whole tree");
    }

    private static boolean isScopeTop(Actor actor, Jurisdiction jurisdiction) {
        return actor.scope().path().equals(jurisdiction.path());
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
