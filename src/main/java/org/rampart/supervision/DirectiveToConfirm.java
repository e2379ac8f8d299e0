package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.rampart.shared.Names;

/** A directive that the actor's unit has received and not yet confirmed ("my unit's work"). */
public record DirectiveToConfirm(long receiptId, long directiveId, String number, String titleEn, String titleZh,
        String fromJurisdictionCode, Instant receivedAt, Instant confirmBy, boolean overdue, boolean reportRequired,
        LocalDate reportDue) {

    /** The title as shown, with its language for the element's {@code lang} attribute. */
    public Names.Shown shownTitle(Locale locale) {
        return Names.pick(titleEn, titleZh, locale);
    }
}
