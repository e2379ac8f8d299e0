package org.rampart.supervision;

import java.time.Instant;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * A decision of a meeting, numbered {@code <committee code>-<year>-<seq>} (for example {@code DP-2026-014}) per
 * committee and year of the meeting; its text is in English, Chinese or both.
 */
public record Decision(long id, int version, long meetingId, String jurisdictionCode, String jurisdictionPath,
        String number, int year, int seq, String textEn, String textZh, Instant createdAt, String createdBy) {

    /** The text in the reader's language, else in the other one. */
    public String text(Locale locale) {
        return Names.text(textEn, textZh, locale);
    }
}
