package org.rampart.supervision.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rampart.shared.Actor;
import org.rampart.supervision.DirectiveManagement;
import org.rampart.supervision.DirectiveToConfirm;
import org.springframework.stereotype.Component;

/** The directives the reader's unit has to confirm, on the "my unit's work" page. */
@Component
class DirectiveMyWork implements MyWorkContribution {

    private final DirectiveManagement directives;

    DirectiveMyWork(DirectiveManagement directives) {
        this.directives = directives;
    }

    @Override
    public Optional<MyWorkPart> part(Actor actor, Locale locale) {
        if (actor.unitId() == null) {
            return Optional.empty();
        }
        List<DirectiveToConfirm> items = directives.toConfirm(actor);
        return Optional.of(new MyWorkPart("supervision/directive-fragments", "toConfirm", items, items.size()));
    }

    @Override
    public int order() {
        return 20;
    }
}
