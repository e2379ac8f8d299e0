package org.rampart.indicator.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.rampart.indicator.PeriodType;

/** Short column labels for periods in the site's time zone: 2026-11-27 08:00, 2026-11-27, 2026-11, 2026-Q4, 2026. */
final class PeriodLabels {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private PeriodLabels() {
    }

    static String label(PeriodType type, Instant start, ZoneId zone) {
        ZonedDateTime t = start.atZone(zone);
        switch (type) {
            case REALTIME:
            case HOURLY:
                return HOUR.format(t);
            case DAILY:
            case WEEKLY:
                return DAY.format(t);
            case MONTHLY:
                return MONTH.format(t);
            case QUARTERLY:
                return t.getYear() + "-Q" + ((t.getMonthValue() - 1) / 3 + 1);
            default:
                return String.valueOf(t.getYear());
        }
    }
}
