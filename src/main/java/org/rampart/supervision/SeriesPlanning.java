package org.rampart.supervision;

import static org.rampart.supervision.MeetingSupport.snapshot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Plan recurring meetings: a series schedules its first occurrence at once, and the next occurrence by itself when
 * an occurrence is held ({@link #after}), or on request; each carries over from the last occurrence its open agenda
 * items and a follow-up item for each of its decisions whose tasks are still open.
 */
@Component
class SeriesPlanning {

    private final MeetingSupport support;
    private final CarryOver carryOver;

    SeriesPlanning(MeetingSupport support, CarryOver carryOver) {
        this.support = support;
        this.carryOver = carryOver;
    }

    MeetingSeries create(Actor actor, SeriesDraft d) {
        support.policy.requireOrganise(actor);
        List<Problem> problems = new ArrayList<>();
        Jurisdiction place = support.place(actor, "jurisdiction", d.jurisdiction(), problems);
        MeetingType type = Checks.oneOf("type", d.type(), MeetingType.class, true, problems);
        Recurrence recurrence = Checks.oneOf("recurrence", d.recurrence(), Recurrence.class, true, problems);
        String[] titles = Checks.names("titleEn", d.titleEn(), "titleZh", d.titleZh(), MeetingValidator.MAX_TITLE,
                problems);
        LocalDate first = Checks.date("firstDate", d.firstDate(), true, problems);
        LocalTime time = null;
        if (Checks.required("startTime", d.startTime(), problems)) {
            try {
                time = LocalTime.parse(d.startTime().trim());
            } catch (DateTimeParseException e) {
                problems.add(Problem.at("startTime", "meeting.time.invalid", d.startTime().trim()));
            }
        }
        String location = Checks.text("location", d.location(), MeetingValidator.MAX_LOCATION, false, problems);
        List<MeetingRepository.UnitLink> units = place == null ? List.of()
                : support.units(place.path(), "units", d.units(), problems);
        BadInputException.throwIfAny(problems);
        long id = support.series.insert(place.id(), place.code(), place.path(), type, recurrence, titles[0], titles[1],
                first, time, location, units, actor.username(), support.now());
        MeetingSeries created = get(actor, id);
        support.audit.record("create", "meeting-series", String.valueOf(id), created.jurisdictionPath(), null,
                seriesSnapshot(created));
        occurrence(actor, created, 0, null);
        return created;
    }

    /** Schedule the next occurrence after the latest one, carrying over its open items. */
    Meeting next(Actor actor, long seriesId) {
        support.policy.requireOrganise(actor);
        MeetingSeries s = support.series.lock(actor.scopePath(), seriesId)
                .orElseThrow(() -> new NotFoundException("meeting series " + seriesId));
        if (!s.active()) {
            throw support.conflict(Problem.at(null, "meeting.series.inactive", seriesId));
        }
        MeetingRepository.MeetingRow last = support.meetings.lastOccurrence(seriesId).orElse(null);
        int index = last == null ? 0 : last.occurrence() + 1;
        return occurrence(actor, s, index, last == null ? null : support.compose(last));
    }

    /**
     * Once an occurrence of an active series is held or closed, schedule the next one at the series' next date,
     * carrying over the open items; only once: when the next occurrence exists already (scheduled on request, or when
     * the occurrence was held), closing the minutes adds to it what it does not carry yet, while it still changes.
     * Empty when nothing was scheduled (a single meeting, an ended series, a later occurrence exists).
     */
    Optional<Meeting> after(Actor actor, Meeting held) {
        if (held.seriesId() == null || !(held.status() == MeetingStatus.HELD || held.status() == MeetingStatus.CLOSED)) {
            return Optional.empty();
        }
        MeetingSeries s = support.series.lock(actor.scopePath(), held.seriesId()).orElse(null);
        if (s == null || !s.active()) {
            return Optional.empty();
        }
        MeetingRepository.MeetingRow last = support.meetings.lastOccurrence(s.id()).orElseThrow();
        if (last.occurrence() > held.occurrence()) {
            if (last.occurrence() == held.occurrence() + 1 && Long.valueOf(held.id()).equals(last.previousId())
                    && last.status().changeable()) {
                Meeting before = support.get(actor, last.id());
                if (carryOver.from(actor, held, last.id()) > 0) {
                    support.meetings.touch(last.id(), support.now());
                    support.audit.record("carry-over", "meeting", String.valueOf(last.id()), last.jurisdictionPath(),
                            snapshot(before), snapshot(support.get(actor, last.id())));
                }
            }
            return Optional.empty();
        }
        Meeting next = occurrence(actor, s, held.occurrence() + 1, held);
        Map<String, Object> scheduled = new LinkedHashMap<>();
        scheduled.put("after", held.id());
        scheduled.put("afterStatus", held.status().name());
        scheduled.put("next", next.id());
        scheduled.put("occurrence", next.occurrence());
        support.audit.record("schedule-next", "meeting-series", String.valueOf(s.id()), s.jurisdictionPath(), null,
                scheduled);
        return Optional.of(next);
    }

    /** End a series: no more occurrences (those scheduled stay). */
    MeetingSeries stop(Actor actor, long seriesId) {
        support.policy.requireOrganise(actor);
        MeetingSeries before = support.series.lock(actor.scopePath(), seriesId)
                .orElseThrow(() -> new NotFoundException("meeting series " + seriesId));
        support.series.setActive(seriesId, before.version(), false);
        MeetingSeries after = get(actor, seriesId);
        support.audit.record("stop", "meeting-series", String.valueOf(seriesId), after.jurisdictionPath(),
                seriesSnapshot(before), seriesSnapshot(after));
        return after;
    }

    MeetingSeries get(Actor actor, long id) {
        return support.series.find(actor.scopePath(), id)
                .orElseThrow(() -> new NotFoundException("meeting series " + id));
    }

    private Meeting occurrence(Actor actor, MeetingSeries s, int index, Meeting last) {
        LocalDate day = s.recurrence().occurrence(s.firstDate(), index);
        var startsAt = day.atTime(s.startTime()).atZone(support.zone).toInstant();
        var place = support.jurisdictions.ref(s.jurisdictionCode()).orElseThrow();
        List<Problem> ignored = new ArrayList<>();
        // Units of the series that were deactivated or moved away since are left out rather than refusing.
        List<MeetingRepository.UnitLink> units = support.units(s.jurisdictionPath(), "units", s.units(), ignored);
        long id = support.meetings.insert(new MeetingRepository.Values(place.id(), s.jurisdictionCode(),
                s.jurisdictionPath(), s.type(), s.titleEn(), s.titleZh(), startsAt, s.location(), null), s.id(),
                index, last == null ? null : last.id(), actor.username(), support.now());
        support.meetings.replaceUnits(id, units);
        if (last != null) {
            carryOver.from(actor, last, id);
        }
        Meeting created = support.get(actor, id);
        support.audit.record("create", "meeting", String.valueOf(id), created.jurisdictionPath(), null,
                snapshot(created));
        support.events.publishEvent(new MeetingScheduled(id, created.jurisdictionCode(), created.jurisdictionPath(),
                created.type(), created.titleEn(), created.titleZh(), created.startsAt(), s.id()));
        return created;
    }

    static Map<String, Object> seriesSnapshot(MeetingSeries s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("jurisdiction", s.jurisdictionCode());
        m.put("type", s.type().name());
        m.put("recurrence", s.recurrence().name());
        m.put("titleEn", s.titleEn());
        m.put("titleZh", s.titleZh());
        m.put("firstDate", s.firstDate().toString());
        m.put("startTime", s.startTime().toString());
        m.put("location", s.location());
        m.put("units", s.units());
        m.put("active", s.active());
        return m;
    }
}
