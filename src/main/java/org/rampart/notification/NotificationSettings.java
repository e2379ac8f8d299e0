package org.rampart.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code rampart.notification.*}): the waits between attempts of e-mail and webhook deliveries
 * (the last one repeats), how many attempts before a delivery is dead, how many due deliveries one poll takes, the
 * sender address of e-mails and the time a webhook endpoint has to answer. The poll interval is
 * {@code rampart.notification.poll-interval-ms}.
 */
@ConfigurationProperties("rampart.notification")
record NotificationSettings(@DefaultValue({"1m", "5m", "30m", "2h"}) List<Duration> backoff,
        @DefaultValue("5") int maxAttempts, @DefaultValue("20") int batchSize,
        @DefaultValue("rampart@localhost") String mailFrom, @DefaultValue("10s") Duration webhookTimeout) {

    NotificationSettings {
        if (backoff.isEmpty()) {
            throw new IllegalArgumentException("rampart.notification.backoff needs at least one duration");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("rampart.notification.max-attempts must be at least 1");
        }
    }

    /** When to try again after the given number of failed attempts, or null when the delivery is dead. */
    Instant retryAt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        return now.plus(backoff.get(Math.min(failedAttempts, backoff.size()) - 1));
    }
}
