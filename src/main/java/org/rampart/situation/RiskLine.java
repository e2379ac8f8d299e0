package org.rampart.situation;

import java.time.LocalDate;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * One risk as the situation picture lists it.
 *
 * @param level the inherent level name (LOW, MEDIUM, HIGH, EXTREME)
 * @param nextReviewDate the date the next review is due
 */
public record RiskLine(String code, String titleEn, String titleZh, String domain, String jurisdiction, String level,
        int score, int likelihood, int impact, boolean bottomLine, String status, LocalDate nextReviewDate) {

    /** Return the title in the reader's language, or in the other one when the risk has none there; never null. */
    public String title(Locale locale) {
        return Names.text(titleEn, titleZh, locale);
    }
}
