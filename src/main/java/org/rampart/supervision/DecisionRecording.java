package org.rampart.supervision;

import static org.rampart.supervision.MeetingSupport.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Record a meeting's decisions under the next number of its committee and year ({@code DP-2026-014}: the committee
 * code, the year of the meeting's date in the site's time zone, the sequence with at least three digits), and change
 * their text while the meeting is open. Decisions are never deleted, so the numbers stay gap-free.
 */
@Component
class DecisionRecording {

    private final MeetingSupport support;
    private final Committees committees;

    DecisionRecording(MeetingSupport support, Committees committees) {
        this.support = support;
        this.committees = committees;
    }

    /** The number of a decision: committee code, year, sequence of at least three digits. */
    static String number(String committee, int year, int seq) {
        return committee + "-" + year + "-" + String.format("%03d", seq);
    }

    Decision record(Actor actor, long meetingId, DecisionDraft draft) {
        support.policy.requireOrganise(actor);
        Meeting meeting = support.lock(actor, meetingId);
        support.allowed(meeting.status().change());
        List<Problem> problems = new ArrayList<>();
        String[] text = MeetingValidator.decision(draft, problems);
        BadInputException.throwIfAny(problems);
        JurisdictionRef place = support.jurisdictions.ref(meeting.jurisdictionCode()).orElseThrow();
        int year = LocalDate.ofInstant(meeting.startsAt(), support.zone).getYear();
        int seq = support.decisions.nextSeq(place.id(), year);
        String number = number(committees.code(place), year, seq);
        long id = support.decisions.insert(meetingId, place.id(), meeting.jurisdictionCode(),
                meeting.jurisdictionPath(), number, year, seq, text[0], text[1], actor.username(), support.now());
        support.meetings.touch(meetingId, support.now());
        Decision created = get(actor, id);
        support.audit.record("create", "decision", number, created.jurisdictionPath(), null, snapshot(created));
        support.events.publishEvent(new DecisionRecorded(id, number, meetingId, created.jurisdictionCode(),
                created.jurisdictionPath(), created.textEn(), created.textZh()));
        return created;
    }

    /** Change a decision's text (null keeps) while its meeting is open; {@code version} is the version read. */
    Decision change(Actor actor, long id, DecisionDraft draft, Integer version) {
        support.policy.requireOrganise(actor);
        Decision before = get(actor, id);
        Meeting meeting = support.lock(actor, before.meetingId());
        support.allowed(meeting.status().change());
        if (version != null && version != before.version()) {
            throw support.conflict(Problem.at(null, "decision.changed-meanwhile", before.number()));
        }
        List<Problem> problems = new ArrayList<>();
        String[] text = MeetingValidator.decision(new DecisionDraft(
                draft.textEn() != null ? draft.textEn() : before.textEn(),
                draft.textZh() != null ? draft.textZh() : before.textZh()), problems);
        BadInputException.throwIfAny(problems);
        if (!support.decisions.changeText(id, before.version(), text[0], text[1])) {
            throw support.conflict(Problem.at(null, "decision.changed-meanwhile", before.number()));
        }
        support.meetings.touch(meeting.id(), support.now());
        Decision after = get(actor, id);
        support.audit.record("update", "decision", after.number(), after.jurisdictionPath(), snapshot(before),
                snapshot(after));
        return after;
    }

    Decision get(Actor actor, long id) {
        return support.decisions.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("decision " + id));
    }
}
