package org.rampart.notification;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily digest ({@code rampart.notification.digest.*}): from {@code at} (08:00 in the site's time zone,
 * {@code rampart.time-zone}) each reader with notices waiting gets one digest for the day, in the inbox and by
 * e-mail; {@code batch-size} readers are looked up at a time. The pass looks every
 * {@code rampart.notification.digest.poll} (5 minutes), so a node that was down at the hour still sends the day's
 * digests when it is back.
 */
@ConfigurationProperties("rampart.notification.digest")
record DigestSettings(@DefaultValue("08:00") LocalTime at, @DefaultValue("100") int batchSize) {

    DigestSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("rampart.notification.digest.batch-size must be at least 1");
        }
    }
}
