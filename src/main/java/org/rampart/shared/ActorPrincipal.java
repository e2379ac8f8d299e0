package org.rampart.shared;

/** A security principal that knows the Rampart actor behind it. */
public interface ActorPrincipal {

    Actor actor();
}
