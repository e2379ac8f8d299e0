package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * A recurring meeting: its occurrences take place on {@link Recurrence#occurrence} of the first date, at the start
 * time, in the site's time zone, with the default attending units (codes).
 */
public record MeetingSeries(long id, int version, String jurisdictionCode, String jurisdictionPath, MeetingType type,
        Recurrence recurrence, String titleEn, String titleZh, LocalDate firstDate, LocalTime startTime,
        String location, boolean active, List<String> units, Instant createdAt, String createdBy) {

    public String title(Locale locale) {
        return Names.text(titleEn, titleZh, locale);
    }
}
