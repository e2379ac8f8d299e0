package org.rampart.situation;

import java.time.Instant;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * How a risk changed since a date.
 *
 * @param kind NEW, RAISED, LOWERED or CLOSED
 * @param before the level at the date, null for a new risk
 * @param after the level now (for a closed risk, the level it had when closed)
 * @param at when the change happened (creation, the latest assessment, or closing)
 */
public record RiskChange(String kind, String code, String titleEn, String titleZh, String domain, String jurisdiction,
        String before, String after, Instant at) {

    /** Return the title in the reader's language, or in the other one when the risk has none there; never null. */
    public String title(Locale locale) {
        return Names.text(titleEn, titleZh, locale);
    }
}
