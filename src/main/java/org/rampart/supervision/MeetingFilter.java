package org.rampart.supervision;

import java.time.LocalDate;

/** Narrow a list of meetings: a jurisdiction subtree, a type, a status, a series, days from and to (inclusive). */
public record MeetingFilter(String jurisdiction, MeetingType type, MeetingStatus status, Long series, LocalDate from,
        LocalDate to) {

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null, null, null);
    }
}
