package org.rampart.situation;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One risk as the situation picture lists it.
 *
 * @param level the inherent level name (LOW, MEDIUM, HIGH, EXTREME)
 * @param nextReviewDate the date the next review is due
 */
public record RiskLine(String code, String titleEn, String titleZh, String domain, String jurisdiction, String level,
        int score, int likelihood, int impact, boolean bottomLine, String status, LocalDate nextReviewDate) {

    /** The title in the requested language: Chinese for zh, English otherwise. */
    public String title(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }
}
