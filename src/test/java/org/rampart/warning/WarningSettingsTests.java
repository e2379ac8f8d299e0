package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarningSettingsTests {

    static final Instant T = Instant.parse("2026-07-01T00:00:00Z");

    @Test
    void deadlinesDefaultToTheLevelsAndCanBeConfiguredPerLevel() {
        WarningSettings defaults = WarningSettings.defaults();
        assertThat(defaults.acknowledgeWithin(WarningLevel.RED)).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.acknowledgeWithin(WarningLevel.ORANGE)).isEqualTo(Duration.ofHours(2));
        assertThat(defaults.acknowledgeWithin(WarningLevel.YELLOW)).isEqualTo(Duration.ofHours(12));
        assertThat(defaults.acknowledgeWithin(WarningLevel.BLUE)).isEqualTo(Duration.ofHours(48));
        assertThat(defaults.escalationDue(WarningLevel.RED, T)).isEqualTo(T.plusSeconds(1800));

        WarningSettings custom = new WarningSettings(Map.of("red", Duration.ofMinutes(10)),
                List.of(Duration.ofHours(1)), 10);
        assertThat(custom.acknowledgeWithin(WarningLevel.RED)).isEqualTo(Duration.ofMinutes(10));
        assertThat(custom.acknowledgeWithin(WarningLevel.ORANGE)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void remindersFollowTheListThenRepeatTheLast() {
        WarningSettings s = WarningSettings.defaults();
        assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(s::reminderAge).map(Duration::toHours).toList())
                .containsExactly(1L, 4L, 12L, 24L, 48L, 72L);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new WarningSettings(Map.of("purple", Duration.ofHours(1)),
                List.of(Duration.ofHours(1)), 10)).hasMessageContaining("purple");
        assertThatThrownBy(() -> new WarningSettings(Map.of(), List.of(), 10)).hasMessageContaining("reminders");
        assertThatThrownBy(() -> new WarningSettings(Map.of(), List.of(Duration.ofHours(4), Duration.ofHours(1)), 10))
                .hasMessageContaining("grow");
        assertThatThrownBy(() -> new WarningSettings(Map.of("red", Duration.ZERO), List.of(Duration.ofHours(1)), 10))
                .hasMessageContaining("positive");
    }

    @Test
    void theParentOfAPathIsItsPrefix() {
        assertThat(WarningTimers.parentPath("/1/7/42/")).isEqualTo("/1/7/");
        assertThat(WarningTimers.parentPath("/1/7/")).isEqualTo("/1/");
        assertThat(WarningTimers.parentPath("/1/")).isNull();
    }
}
