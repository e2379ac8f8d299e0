package org.rampart.supervision;

import java.time.Instant;
import java.util.Locale;
import org.rampart.shared.Names;

/** A meeting in a list: what it is, when, where it stands and how many decisions it made. */
public record MeetingSummary(long id, String jurisdictionCode, String jurisdictionPath, MeetingType type,
        String titleEn, String titleZh, Instant startsAt, MeetingStatus status, Long seriesId, Integer occurrence,
        int decisions) {

    public String title(Locale locale) {
        return Names.text(titleEn, titleZh, locale);
    }
}
