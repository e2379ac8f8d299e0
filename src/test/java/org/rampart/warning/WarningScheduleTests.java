package org.rampart.warning;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarningScheduleTests {

    @Test
    void eachRunTakesEveryPassAtTheClocksInstantEvenWhenOneFails() {
        Instant now = Instant.parse("2026-07-01T12:00:00Z");
        WarningTimers timers = mock(WarningTimers.class);
        when(timers.escalate(any())).thenThrow(new IllegalStateException("database gone"));
        new WarningSchedule(timers, Optional.of(Clock.fixed(now, ZoneOffset.UTC))).run();
        verify(timers).escalate(now);
        verify(timers).remind(now);
        verify(timers).checkMissingData(now);
    }
}
