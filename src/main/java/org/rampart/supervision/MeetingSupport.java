package org.rampart.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the meeting use cases share: the repositories, now on the site's clock, reading a meeting of the actor's scope
 * with its units and agenda, the references a meeting names (its jurisdiction in the actor's scope, its units as seen
 * from its jurisdiction), refusals as {@link MeetingConflict}s and the snapshots the audit records.
 */
@Component
class MeetingSupport {

    /** At most this many attending units per meeting. */
    static final int MAX_UNITS = 200;

    final MeetingRepository meetings;
    final DecisionRepository decisions;
    final SeriesRepository series;
    final JurisdictionManagement jurisdictions;
    final AuditManagement audit;
    final MeetingPolicy policy;
    final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    final ZoneId zone;

    MeetingSupport(MeetingRepository meetings, DecisionRepository decisions, SeriesRepository series,
            JurisdictionManagement jurisdictions, AuditManagement audit, MeetingPolicy policy,
            ApplicationEventPublisher events, MessageSource messages, Optional<Clock> clock,
            @Value("${rampart.time-zone:}") String zone) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.series = series;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.policy = policy;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    Instant now() {
        return clock.instant();
    }

    /** Return a meeting of the actor's scope with its units and agenda; not found otherwise. */
    Meeting get(Actor actor, long id) {
        return meetings.find(actor.scopePath(), id).map(this::compose)
                .orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    /** Lock a meeting of the actor's scope for a change and return it; not found otherwise. */
    Meeting lock(Actor actor, long id) {
        return meetings.lock(actor.scopePath(), id).map(this::compose)
                .orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    Meeting compose(MeetingRepository.MeetingRow r) {
        List<Meeting.AttendingUnit> units = new ArrayList<>();
        for (String code : meetings.unitCodes(r.id())) {
            Unit u = jurisdictions.findUnit(Actor.system(), code).orElse(null);
            units.add(u == null ? new Meeting.AttendingUnit(code, null, null, null)
                    : new Meeting.AttendingUnit(u.code(), u.nameEn(), u.nameZh(), u.jurisdictionCode()));
        }
        return new Meeting(r.id(), r.version(), r.jurisdictionCode(), r.jurisdictionPath(), r.type(), r.titleEn(),
                r.titleZh(), r.startsAt(), r.location(), r.status(), r.minutes(), r.seriesId(), r.occurrence(),
                r.previousId(), r.createdAt(), r.createdBy(), r.updatedAt(), List.copyOf(units),
                meetings.agenda(r.id()));
    }

    /** The jurisdiction a code names in the actor's scope; {@code jurisdiction.unknown} otherwise. */
    Jurisdiction place(Actor actor, String field, String code, List<Problem> problems) {
        if (!Checks.required(field, code, problems)) {
            return null;
        }
        Jurisdiction j = jurisdictions.find(actor, code.trim()).orElse(null);
        if (j == null) {
            problems.add(Problem.at(field, "jurisdiction.unknown", code.trim()));
        }
        return j;
    }

    /**
     * The units the codes name as seen from the meeting's jurisdiction (its own, those below it and those above it),
     * without repeats; a unit of a sibling jurisdiction answers {@code unit.unknown} like a code that names none.
     */
    List<MeetingRepository.UnitLink> units(String meetingPath, String field, List<String> codes,
            List<Problem> problems) {
        if (codes == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<MeetingRepository.UnitLink> out = new ArrayList<>();
        Scope from = Scope.of(meetingPath);
        for (String code : codes) {
            if (Checks.blank(code) || !seen.add(code.trim())) {
                continue;
            }
            var ref = jurisdictions.unitRef(from, code.trim());
            if (ref.isEmpty()) {
                problems.add(Problem.at(field, "unit.unknown", code.trim()));
            } else {
                out.add(new MeetingRepository.UnitLink(ref.get().id(), ref.get().code()));
            }
        }
        if (out.size() > MAX_UNITS) {
            problems.add(Problem.at(field, "meeting.units.too-many", MAX_UNITS));
        }
        return out;
    }

    /** The status a transition leads to; throws its refusal as a {@link MeetingConflict}. */
    MeetingStatus allowed(MeetingStatus.Transition transition) {
        if (transition.refused()) {
            throw conflict(transition.refusal());
        }
        return transition.next();
    }

    /** A refusal as a conflict whose message is the English text of its code. */
    MeetingConflict conflict(Problem problem) {
        return new MeetingConflict(problem, messages.getMessage("problem." + problem.code(),
                problem.args().toArray(), problem.code(), Locale.ENGLISH));
    }

    /** Refuse a change made from a version other than the stored one (409). */
    void current(Meeting m, Integer version) {
        if (version != null && version != m.version()) {
            throw conflict(Problem.at(null, "meeting.changed-meanwhile", m.id()));
        }
    }

    static Map<String, Object> snapshot(Meeting m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", m.id());
        s.put("jurisdiction", m.jurisdictionCode());
        s.put("type", m.type().name());
        s.put("titleEn", m.titleEn());
        s.put("titleZh", m.titleZh());
        s.put("startsAt", m.startsAt().toString());
        s.put("location", m.location());
        s.put("status", m.status().name());
        s.put("minutes", m.minutes());
        s.put("series", m.seriesId());
        s.put("occurrence", m.occurrence());
        s.put("units", m.units().stream().map(Meeting.AttendingUnit::code).toList());
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (Meeting.AgendaItem a : m.agenda()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", a.id());
            item.put("titleEn", a.titleEn());
            item.put("titleZh", a.titleZh());
            item.put("done", a.done());
            item.put("decision", a.decisionNumber());
            agenda.add(item);
        }
        s.put("agenda", agenda);
        return s;
    }

    static Map<String, Object> snapshot(Decision d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", d.id());
        s.put("number", d.number());
        s.put("meeting", d.meetingId());
        s.put("textEn", d.textEn());
        s.put("textZh", d.textZh());
        return s;
    }
}
