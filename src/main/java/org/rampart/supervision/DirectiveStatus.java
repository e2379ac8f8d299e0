package org.rampart.supervision;

import org.rampart.shared.BadInputException.Problem;

/**
 * Where a directive stands: a draft the office still writes (seen only by the sending scope), or circulated to its
 * receiving units, after which its number, text and documents no longer change. Names come from the message bundles
 * ({@code supervision.directive.status.<NAME>}).
 */
public enum DirectiveStatus {
    DRAFT, CIRCULATED;

    /** What a change says: the status it leads to, or the refusal (a problem code, no field). */
    public record Transition(DirectiveStatus next, Problem refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** The office circulates a draft; a second circulation is refused. */
    public Transition circulate() {
        return this == DRAFT ? new Transition(CIRCULATED, null)
                : new Transition(null, Problem.at(null, "directive.already-circulated"));
    }

    /** A change of the text or the documents: drafts only. */
    public Transition edit() {
        return this == DRAFT ? new Transition(DRAFT, null)
                : new Transition(null, Problem.at(null, "directive.circulated-unchangeable"));
    }
}
