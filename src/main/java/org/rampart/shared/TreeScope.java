package org.rampart.shared;

/**
 * Answer whether an actor's scope spans the whole jurisdiction tree: the global scope, or the only root of the tree.
 * Implemented by the module that owns the tree, so that others can ask without depending on it.
 */
public interface TreeScope {

    /** Return true when nothing in the tree lies outside the actor's scope. */
    boolean coversWholeTree(Actor actor);
}
