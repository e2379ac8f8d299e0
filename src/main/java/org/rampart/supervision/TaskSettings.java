package org.rampart.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Task settings ({@code rampart.supervision.tasks.*}): how long a lead unit has to accept or object to a task
 * ({@code accept-within}, default two days, never past the deadline's day), the largest attachment of a progress
 * report or submission ({@code max-attachment-bytes}, default 10 MB) and the most attachments per report
 * ({@code max-attachments}, default 5).
 */
@ConfigurationProperties("rampart.supervision.tasks")
record TaskSettings(@DefaultValue("2d") Duration acceptWithin, @DefaultValue("10485760") long maxAttachmentBytes,
        @DefaultValue("5") int maxAttachments) {

    TaskSettings {
        if (acceptWithin == null || acceptWithin.isNegative() || acceptWithin.isZero()) {
            throw new IllegalArgumentException("rampart.supervision.tasks.accept-within must be positive");
        }
        if (maxAttachmentBytes < 1 || maxAttachments < 1) {
            throw new IllegalArgumentException("rampart.supervision.tasks: attachment limits must be positive");
        }
    }
}
