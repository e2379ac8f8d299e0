package org.rampart.situation;

import java.time.Instant;
import java.util.Locale;

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

    /** The title in the requested language: Chinese for zh, English otherwise. */
    public String title(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }
}
