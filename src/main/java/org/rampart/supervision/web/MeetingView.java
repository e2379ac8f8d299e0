package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.rampart.supervision.Decision;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.MeetingSeries;

/** A meeting as the API shows it: its members, attending units, agenda and decisions. */
record MeetingView(long id, int version, String jurisdiction, @Schema(implementation =
        org.rampart.supervision.MeetingType.class) String type, String titleEn, String titleZh,
        @Schema(description = "Start, ISO-8601 instant") Instant startsAt, String location,
        @Schema(implementation = org.rampart.supervision.MeetingStatus.class) String status, String minutes,
        Long series, Integer occurrence, Long previous, Instant createdAt, String createdBy, Instant updatedAt,
        List<Meeting.AttendingUnit> units, List<Meeting.AgendaItem> agenda, List<DecisionView> decisions) {

    static MeetingView of(Meeting m, List<DecisionView> decisions) {
        return new MeetingView(m.id(), m.version(), m.jurisdictionCode(), m.type().name(), m.titleEn(), m.titleZh(),
                m.startsAt(), m.location(), m.status().name(), m.minutes(), m.seriesId(), m.occurrence(),
                m.previousId(), m.createdAt(), m.createdBy(), m.updatedAt(), m.units(), m.agenda(), decisions);
    }

    /** A decision with the tasks it became. */
    record DecisionView(long id, int version, long meeting, String jurisdiction,
            @Schema(description = "<committee code>-<year>-<seq>", example = "DP-2026-014") String number, int year,
            int seq, String textEn, String textZh, Instant createdAt, String createdBy,
            @Schema(description = "The tasks the decision became that the caller sees, with their state")
            List<Minutes.TaskLine> tasks) {

        static DecisionView of(Decision d, List<Minutes.TaskLine> tasks) {
            return new DecisionView(d.id(), d.version(), d.meetingId(), d.jurisdictionCode(), d.number(), d.year(),
                    d.seq(), d.textEn(), d.textZh(), d.createdAt(), d.createdBy(), tasks);
        }
    }

    /** A series as the API shows it. */
    record MeetingSeriesView(long id, int version, String jurisdiction,
            @Schema(implementation = org.rampart.supervision.MeetingType.class) String type,
            @Schema(implementation = org.rampart.supervision.Recurrence.class) String recurrence, String titleEn,
            String titleZh, String firstDate, @Schema(description = "HH:MM in the site's time zone") String startTime,
            String location, boolean active, List<String> units, Instant createdAt, String createdBy) {

        static MeetingSeriesView of(MeetingSeries s) {
            return new MeetingSeriesView(s.id(), s.version(), s.jurisdictionCode(), s.type().name(), s.recurrence().name(),
                    s.titleEn(), s.titleZh(), s.firstDate().toString(), s.startTime().toString(), s.location(),
                    s.active(), s.units(), s.createdAt(), s.createdBy());
        }
    }
}
