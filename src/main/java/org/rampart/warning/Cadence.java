package org.rampart.warning;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An indicator period or a window: a time-based ISO-8601 duration ({@code PT1H}) or a calendar period ({@code P1M}),
 * the latter counted in the configured time zone so that months and years follow the local calendar.
 */
record Cadence(Duration duration, Period period) {

    /** Parse an ISO-8601 duration or period; null when the text is neither or not positive. */
    static Cadence parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        try {
            if (t.contains("T")) {
                Duration d = Duration.parse(t);
                return d.isNegative() || d.isZero() ? null : new Cadence(d, null);
            }
            Period p = Period.parse(t);
            return p.isNegative() || p.isZero() ? null : new Cadence(null, p);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Instant minus(Instant t, long times, ZoneId zone) {
        if (duration != null) {
            return t.minus(duration.multipliedBy(times));
        }
        return t.atZone(zone).minus(period.multipliedBy(Math.toIntExact(times))).toInstant();
    }

    Instant plus(Instant t, long times, ZoneId zone) {
        if (duration != null) {
            return t.plus(duration.multipliedBy(times));
        }
        return t.atZone(zone).plus(period.multipliedBy(Math.toIntExact(times))).toInstant();
    }

    /** Compare lengths using the nominal length of calendar periods. */
    Duration nominal() {
        if (duration != null) {
            return duration;
        }
        return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
    }
}
