package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The supervision ladder escalated a task {@code daysOverdue} days past its deadline to the coordinators of
 * {@code escalatedToPath} (the assigning jurisdiction's parent, or the assigning jurisdiction itself at the top of the
 * tree); {@code noticeNumber} is the supervision notice issued before (null when none). {@code actor} is "system";
 * {@code jurisdictionPath} the assigning jurisdiction's path.
 */
public record TaskEscalated(long taskId, String titleEn, String titleZh, String leadUnit, String jurisdictionPath,
        String actor, LocalDate deadline, int daysOverdue, String escalatedToPath, String escalatedToCode,
        String noticeNumber, Instant at) {
}
