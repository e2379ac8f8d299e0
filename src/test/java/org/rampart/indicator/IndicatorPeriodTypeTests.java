package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IndicatorPeriodTypeTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant T = Instant.parse("2026-11-27T20:45:12.345678Z"); // 2026-11-28 04:45 in Shanghai

    @Test
    void periodicTimesAreNormalisedToThePeriodStartInTheSiteZone() {
        assertThat(PeriodType.REALTIME.start(T, SHANGHAI)).isEqualTo(Instant.parse("2026-11-27T20:45:12.345Z"));
        assertThat(PeriodType.HOURLY.start(T, SHANGHAI)).isEqualTo(Instant.parse("2026-11-27T20:00:00Z"));
        assertThat(PeriodType.DAILY.start(T, SHANGHAI)).isEqualTo(Instant.parse("2026-11-27T16:00:00Z"));
        assertThat(PeriodType.WEEKLY.start(T, SHANGHAI)).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThat(PeriodType.MONTHLY.start(T, SHANGHAI)).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(PeriodType.QUARTERLY.start(T, SHANGHAI)).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(PeriodType.YEARLY.start(T, SHANGHAI)).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
    }

    @Test
    void periodsStepForwardAndBackInCalendarUnits() {
        Instant march = PeriodType.MONTHLY.start(Instant.parse("2026-03-15T00:00:00Z"), ZoneId.of("UTC"));
        assertThat(PeriodType.MONTHLY.plus(march, -1, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(PeriodType.QUARTERLY.plus(march, 1, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(PeriodType.REALTIME.bucket(T, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-11-27T20:00:00Z"));
    }
}
