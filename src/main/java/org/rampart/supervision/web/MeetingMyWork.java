package org.rampart.supervision.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rampart.shared.Actor;
import org.rampart.supervision.MeetingManagement;
import org.rampart.supervision.MeetingSummary;
import org.springframework.stereotype.Component;

/** The meetings the reader's unit attends in the next two weeks (not cancelled), on the "my unit's work" page. */
@Component
class MeetingMyWork implements MyWorkContribution {

    /** How far ahead the part looks. */
    static final int DAYS = 14;

    /** At most this many meetings in the part. */
    static final int LIMIT = 50;

    private final MeetingManagement meetings;

    MeetingMyWork(MeetingManagement meetings) {
        this.meetings = meetings;
    }

    /** The upcoming meetings and the number of days the part looks ahead. */
    record Upcoming(List<MeetingSummary> meetings, int days) {
    }

    @Override
    public Optional<MyWorkPart> part(Actor actor, Locale locale) {
        if (actor.unitId() == null) {
            return Optional.empty();
        }
        List<MeetingSummary> upcoming = meetings.upcomingForUnit(actor, DAYS, LIMIT);
        return Optional.of(new MyWorkPart("supervision/my-work-meetings", "meetings", new Upcoming(upcoming, DAYS),
                upcoming.size()));
    }

    @Override
    public int order() {
        return 30;
    }
}
