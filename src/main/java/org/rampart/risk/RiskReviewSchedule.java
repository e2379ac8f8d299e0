package org.rampart.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Run the review reminder pass every {@code rampart.risk.review-poll} (1 hour by default). Off when
 * {@code rampart.scheduling.enabled=false} (the command-line tools, the tests).
 */
@Component
@ConditionalOnProperty(name = "rampart.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class RiskReviewSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RiskReviewSchedule.class);

    private final RiskReviewReminders reminders;
    private final RiskManagement risks;

    RiskReviewSchedule(RiskReviewReminders reminders, RiskManagement risks) {
        this.reminders = reminders;
        this.risks = risks;
    }

    @Scheduled(fixedDelayString = "${rampart.risk.review-poll:1h}", initialDelayString = "${rampart.risk.review-poll:1h}")
    void run() {
        try {
            int n;
            do {
                n = reminders.remind(risks.today());
                if (n > 0) {
                    LOG.info("risk review reminders: {} overdue review(s)", n);
                }
            } while (n == RiskReviewReminders.BATCH);
        } catch (RuntimeException e) {
            LOG.error("risk review reminder pass failed", e);
        }
    }
}
