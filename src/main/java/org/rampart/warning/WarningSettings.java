package org.rampart.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Warning timing settings ({@code rampart.warning.*}): the acknowledgement deadline per level before a warning
 * escalates ({@code acknowledge.red=30m} and so on; missing levels take {@link WarningLevel#defaultAcknowledgeWithin()})
 * and the ages of an unresolved warning at which reminders go out (the last one repeats). The poll interval is
 * {@code rampart.warning.escalation-poll}.
 */
@ConfigurationProperties("rampart.warning")
record WarningSettings(Map<String, Duration> acknowledge,
        @DefaultValue({"1h", "4h", "12h", "24h"}) List<Duration> reminders, @DefaultValue("100") int batchSize) {

    WarningSettings {
        Map<String, Duration> checked = new HashMap<>();
        if (acknowledge != null) {
            acknowledge.forEach((name, d) -> {
                WarningLevel level = WarningLevel.parse(name);
                if (level == null) {
                    throw new IllegalArgumentException("rampart.warning.acknowledge." + name + ": unknown level");
                }
                positive("rampart.warning.acknowledge." + name, d);
                checked.put(level.name(), d);
            });
        }
        acknowledge = Map.copyOf(checked);
        if (reminders == null || reminders.isEmpty()) {
            throw new IllegalArgumentException("rampart.warning.reminders needs at least one duration");
        }
        for (int i = 0; i < reminders.size(); i++) {
            positive("rampart.warning.reminders", reminders.get(i));
            if (i > 0 && reminders.get(i).compareTo(reminders.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("rampart.warning.reminders must grow");
            }
        }
        reminders = List.copyOf(reminders);
        if (batchSize < 1) {
            throw new IllegalArgumentException("rampart.warning.batch-size must be at least 1");
        }
    }

    static WarningSettings defaults() {
        return new WarningSettings(Map.of(), List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12),
                Duration.ofHours(24)), 100);
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** The time a warning at the level has to be acknowledged before it escalates (again). */
    Duration acknowledgeWithin(WarningLevel level) {
        Duration d = acknowledge.get(level.name());
        return d == null ? level.defaultAcknowledgeWithin() : d;
    }

    /** When an unacknowledged warning whose deadline started at {@code from} escalates. */
    Instant escalationDue(WarningLevel level, Instant from) {
        return from.plus(acknowledgeWithin(level));
    }

    /**
     * The age of a warning at which its reminder number {@code index} (from 0) is due: the configured ages in turn,
     * then the last one repeated (1h, 4h, 12h, 24h, 48h, 72h... by default).
     */
    Duration reminderAge(int index) {
        int last = reminders.size() - 1;
        if (index <= last) {
            return reminders.get(index);
        }
        return reminders.get(last).multipliedBy(index - last + 1L);
    }
}
