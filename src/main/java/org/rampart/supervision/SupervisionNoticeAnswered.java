package org.rampart.supervision;

import java.time.Instant;

/**
 * The lead unit answered the supervision notice {@code number} ({@code late} when after the reply date).
 * {@code actor} is the username of who answered; {@code jurisdictionPath} the assigning jurisdiction's path.
 */
public record SupervisionNoticeAnswered(long noticeId, String number, long taskId, String titleEn, String titleZh,
        String leadUnit, String jurisdictionPath, String actor, boolean late, Instant at) {
}
