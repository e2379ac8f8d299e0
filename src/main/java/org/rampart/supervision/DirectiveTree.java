package org.rampart.supervision;

import java.util.List;
import java.util.Set;

/**
 * The sender's view of a directive: every receipt the reader may see, as a tree (the office's recipients at the top,
 * the units each passed it on to below), each with its gaps, and the counts over the whole tree.
 */
public record DirectiveTree(Directive directive, List<Node> roots, Counts counts) {

    /** What is missing at a receipt. */
    public enum Gap {
        /** Not confirmed, deadline not yet passed. */
        UNCONFIRMED,
        /** Not confirmed by the deadline (or confirmed after it). */
        OVERDUE,
        /** Units exist below and the unit has not passed it on (nor said that it does not apply). */
        NOT_PASSED_ON,
        /** A report is asked for and not given. */
        NOT_REPORTED,
        /** Nobody of the unit has downloaded a document (only when the directive has documents). */
        NOT_DOWNLOADED
    }

    /** A receipt with the unit's names and the receipts of the units it passed the directive on to. */
    public record Node(DirectiveReceipt receipt, String unitNameEn, String unitNameZh, Set<Gap> gaps,
            List<Node> children) {

        public boolean hasGaps() {
            return !gaps.isEmpty();
        }
    }

    /** Counts over every receipt the reader sees; {@code overdue} counts the unconfirmed past their deadline. */
    public record Counts(int receipts, int confirmed, int overdue, int confirmedLate, int awaitingPassOn,
            int passedOn, int notApplicable, int reportsDue, int reported, int downloaded, int levels) {
    }
}
