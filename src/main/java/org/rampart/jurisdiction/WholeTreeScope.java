package org.rampart.jurisdiction;

import org.rampart.shared.Actor;
import org.rampart.shared.TreeScope;
import org.springframework.stereotype.Component;

/** Tell other modules (the audit verifier) whether an actor's scope spans the whole tree. */
@Component
class WholeTreeScope implements TreeScope {

    private final JurisdictionManagement jurisdictions;

    WholeTreeScope(JurisdictionManagement jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    public boolean coversWholeTree(Actor actor) {
        return jurisdictions.coversWholeTree(actor);
    }
}
