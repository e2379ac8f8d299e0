package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The supervision ladder issued the numbered supervision notice 督办单 {@code number} to the lead unit of a task
 * {@code daysOverdue} days past its deadline; the unit must answer by {@code replyDue}. {@code actor} is "system";
 * {@code jurisdictionPath} the assigning jurisdiction's path.
 */
public record SupervisionNoticeIssued(long noticeId, String number, long taskId, String titleEn, String titleZh,
        String leadUnit, String jurisdictionPath, String actor, LocalDate deadline, int daysOverdue,
        LocalDate replyDue, Instant at) {
}
