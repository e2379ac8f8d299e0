package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One receiving unit of a directive and what it has done: confirmed, passed on (or found it does not apply below),
 * reported on implementation, downloaded the documents.
 *
 * @param parentId the receipt of the unit that passed it on, or null when the office circulated it to this unit
 * @param depth 1 for the office's own recipients, one more for each pass-on
 * @param hasBelow true when units exist in the jurisdictions below this unit's, so passing on is expected
 * @param downloads how many times members of the unit downloaded a document of the directive
 * @param taskId the supervision task that the unconfirmed receipt became, or null
 */
public record DirectiveReceipt(long id, long directiveId, Long parentId, int depth, long unitId, String unitCode,
        long jurisdictionId, String jurisdictionCode, String jurisdictionPath, boolean hasBelow, Instant receivedAt,
        Instant confirmBy, Instant confirmedAt, String confirmedBy, PassOn passOn, Instant passedOnAt,
        String passedOnBy, String passOnNote, Instant reportedAt, String reportedBy, String reportText,
        Instant remindedAt, Long taskId, int downloads) {

    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** True when it was not confirmed by its deadline (as of {@code now}; late confirmations count too). */
    public boolean overdue(Instant now) {
        return confirmedAt == null ? !now.isBefore(confirmBy) : confirmedAt.isAfter(confirmBy);
    }

    /** True when units exist below and the unit has not yet decided whether to pass it on. */
    public boolean awaitingPassOn() {
        return hasBelow && passOn == null;
    }

    /** True when the directive asks for a report and the unit has not given it. */
    public boolean awaitingReport(boolean reportRequired) {
        return reportRequired && reportedAt == null;
    }

    /** True when the report came after its due day in the site's zone. */
    public boolean reportLate(LocalDate due, java.time.ZoneId zone) {
        return reportedAt != null && due != null && reportedAt.atZone(zone).toLocalDate().isAfter(due);
    }
}
