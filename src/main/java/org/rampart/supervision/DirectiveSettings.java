package org.rampart.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Directive settings ({@code rampart.supervision.directive.*}): the time to confirm when the office sets no date (and
 * for units that receive a directive passed on), how long after a missed deadline the unconfirmed unit becomes a
 * supervision task and how many days that task gets, the documents a directive may carry (count and total bytes; each
 * file also within {@code rampart.upload.max-bytes}), and the batch size of the timed passes.
 */
@ConfigurationProperties("rampart.supervision.directive")
record DirectiveSettings(@DefaultValue("3d") Duration confirmWithin, @DefaultValue("2d") Duration taskAfter,
        @DefaultValue("3") int taskDays, @DefaultValue("10") int maxDocuments,
        @DefaultValue("52428800") long maxDocumentBytes, @DefaultValue("100") int batchSize) {

    DirectiveSettings {
        for (Duration d : new Duration[] {confirmWithin, taskAfter}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("rampart.supervision.directive: durations must be positive");
            }
        }
        if (taskDays < 1 || maxDocuments < 1 || maxDocumentBytes < 1 || batchSize < 1) {
            throw new IllegalArgumentException("rampart.supervision.directive: counts and sizes must be at least 1");
        }
    }
}
