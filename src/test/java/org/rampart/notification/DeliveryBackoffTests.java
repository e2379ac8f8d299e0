package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTests {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theWaitsGrowAsConfiguredTheLastOneRepeatsAndTheLastAttemptIsDead() {
        NotificationSettings settings = new NotificationSettings(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2)), 6, 20, "rampart@localhost", Duration.ofSeconds(10));
        assertThat(settings.retryAt(1, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(settings.retryAt(2, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(settings.retryAt(3, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(settings.retryAt(4, NOW)).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(settings.retryAt(5, NOW)).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(settings.retryAt(6, NOW)).isNull();
    }

    @Test
    void settingsWithoutWaitsOrAttemptsAreRefused() {
        assertThatThrownBy(() -> new NotificationSettings(List.of(), 3, 20, "a@b", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationSettings(List.of(Duration.ofSeconds(1)), 0, 20, "a@b",
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
