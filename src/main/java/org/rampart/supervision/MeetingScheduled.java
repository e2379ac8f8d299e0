package org.rampart.supervision;

import java.time.Instant;

/** A meeting was scheduled (on its own or as the next occurrence of a series). */
public record MeetingScheduled(long meetingId, String jurisdictionCode, String jurisdictionPath, MeetingType type,
        String titleEn, String titleZh, Instant startsAt, Long seriesId) {
}
