package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * A directive as readers see it.
 *
 * @param sendingUnitCode the unit of the office that wrote it, or null
 * @param confirmBy when the units it was circulated to are to confirm; null for a draft without a date
 * @param reportDue the day implementation reports are due, or null when none is asked for
 */
public record Directive(long id, int version, String number, String titleEn, String titleZh, String text,
        long jurisdictionId, String jurisdictionCode, String jurisdictionPath, String sendingUnitCode,
        DirectiveStatus status, Instant confirmBy, boolean reportRequired, LocalDate reportDue, String createdBy,
        Instant createdAt, Instant circulatedAt, String circulatedBy, Instant updatedAt) {

    /** The title in the reader's language, else in the other one. */
    public String title(Locale locale) {
        return Names.text(titleEn, titleZh, locale);
    }

    /** The title as shown, with its language for the element's {@code lang} attribute. */
    public Names.Shown shownTitle(Locale locale) {
        return Names.pick(titleEn, titleZh, locale);
    }

    public boolean circulated() {
        return status == DirectiveStatus.CIRCULATED;
    }
}
