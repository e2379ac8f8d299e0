package org.rampart.indicator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How often an indicator is reported. A periodic indicator's observation time is the start of its period in the
 * site's time zone (weeks start on Monday); a real-time indicator keeps the time as sent, to the millisecond.
 */
public enum PeriodType {
    REALTIME, HOURLY, DAILY, WEEKLY, MONTHLY, QUARTERLY, YEARLY;

    /** Return the start of the period that holds the instant. */
    public Instant start(Instant time, ZoneId zone) {
        ZonedDateTime t = time.atZone(zone);
        switch (this) {
            case REALTIME:
                return time.truncatedTo(ChronoUnit.MILLIS);
            case HOURLY:
                return t.truncatedTo(ChronoUnit.HOURS).toInstant();
            case DAILY:
                return t.truncatedTo(ChronoUnit.DAYS).toInstant();
            case WEEKLY:
                return t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant();
            case MONTHLY:
                return t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant();
            case QUARTERLY:
                ZonedDateTime month = t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
                return month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1).toInstant();
            case YEARLY:
                return t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).toInstant();
            default:
                throw new IllegalStateException(name());
        }
    }

    /**
     * Return the start of the period {@code n} periods after the one starting at {@code start} (negative n goes
     * back). Real-time indicators are bucketed by the hour for grids and completeness.
     */
    public Instant plus(Instant start, long n, ZoneId zone) {
        ZonedDateTime t = start.atZone(zone);
        switch (this) {
            case REALTIME:
            case HOURLY:
                return t.plusHours(n).toInstant();
            case DAILY:
                return t.plusDays(n).toInstant();
            case WEEKLY:
                return t.plusWeeks(n).toInstant();
            case MONTHLY:
                return t.plusMonths(n).toInstant();
            case QUARTERLY:
                return t.plusMonths(3 * n).toInstant();
            case YEARLY:
                return t.plusYears(n).toInstant();
            default:
                throw new IllegalStateException(name());
        }
    }

    /** The bucket start used for grids and completeness: the period start, or the hour for real-time values. */
    public Instant bucket(Instant time, ZoneId zone) {
        return this == REALTIME ? HOURLY.start(time, zone) : start(time, zone);
    }
}
