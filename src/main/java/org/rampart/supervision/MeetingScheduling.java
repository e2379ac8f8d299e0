package org.rampart.supervision;

import static org.rampart.supervision.MeetingSupport.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.stereotype.Component;

/** Schedule a meeting, change it, hold, close or cancel it, and keep its agenda. Every change is audited. */
@Component
class MeetingScheduling {

    private final MeetingSupport support;

    MeetingScheduling(MeetingSupport support) {
        this.support = support;
    }

    Meeting create(Actor actor, MeetingDraft draft) {
        support.policy.requireOrganise(actor);
        List<Problem> problems = new ArrayList<>();
        if (draft.version() != null) {
            problems.add(Problem.at("version", "meeting.version.on-create"));
        }
        Jurisdiction place = support.place(actor, "jurisdiction", draft.jurisdiction(), problems);
        MeetingValidator.Valid v = MeetingValidator.meeting(draft, problems);
        List<MeetingRepository.UnitLink> units = place == null ? List.of()
                : support.units(place.path(), "units", draft.units(), problems);
        List<String[]> items = new ArrayList<>();
        List<AgendaItemDraft> agenda = draft.agenda() == null ? List.of() : draft.agenda();
        for (int i = 0; i < agenda.size() && i < MeetingValidator.MAX_AGENDA; i++) {
            items.add(MeetingValidator.item(agenda.get(i), i, problems));
        }
        BadInputException.throwIfAny(problems);
        long id = support.meetings.insert(new MeetingRepository.Values(place.id(), place.code(), place.path(), v.type(),
                v.titleEn(), v.titleZh(), v.startsAt(), v.location(), v.minutes()), null, null, null,
                actor.username(), support.now());
        support.meetings.replaceUnits(id, units);
        for (String[] t : items) {
            support.meetings.addItem(id, t[0], t[1], null, null);
        }
        Meeting created = support.get(actor, id);
        support.audit.record("create", "meeting", String.valueOf(id), created.jurisdictionPath(), null,
                snapshot(created));
        support.events.publishEvent(new MeetingScheduled(id, created.jurisdictionCode(), created.jurisdictionPath(),
                created.type(), created.titleEn(), created.titleZh(), created.startsAt(), null));
        return created;
    }

    /** Change a meeting: null members keep their values; the jurisdiction never changes. */
    Meeting update(Actor actor, long id, MeetingDraft draft) {
        support.policy.requireOrganise(actor);
        Meeting before = support.lock(actor, id);
        support.allowed(before.status().change());
        support.current(before, draft.version());
        List<Problem> problems = new ArrayList<>();
        if (!Checks.blank(draft.jurisdiction()) && !draft.jurisdiction().trim().equals(before.jurisdictionCode())) {
            problems.add(Problem.at("jurisdiction", "meeting.jurisdiction.unchangeable"));
        }
        if (draft.agenda() != null) {
            problems.add(Problem.at("agenda", "meeting.agenda.not-here"));
        }
        MeetingDraft merged = new MeetingDraft(before.jurisdictionCode(),
                draft.type() != null ? draft.type() : before.type().name(),
                draft.titleEn() != null ? draft.titleEn() : before.titleEn(),
                draft.titleZh() != null ? draft.titleZh() : before.titleZh(),
                draft.startsAt() != null ? draft.startsAt() : before.startsAt().toString(),
                draft.location() != null ? draft.location() : before.location(), null, null,
                draft.minutes() != null ? draft.minutes() : before.minutes(), null);
        MeetingValidator.Valid v = MeetingValidator.meeting(merged, problems);
        List<MeetingRepository.UnitLink> units = draft.units() == null ? null
                : support.units(before.jurisdictionPath(), "units", draft.units(), problems);
        BadInputException.throwIfAny(problems);
        var place = support.jurisdictions.ref(before.jurisdictionCode()).orElseThrow();
        if (!support.meetings.update(id, before.version(), new MeetingRepository.Values(place.id(),
                before.jurisdictionCode(), before.jurisdictionPath(), v.type(), v.titleEn(), v.titleZh(),
                v.startsAt(), v.location(), v.minutes()), support.now())) {
            throw support.conflict(Problem.at(null, "meeting.changed-meanwhile", id));
        }
        if (units != null) {
            support.meetings.replaceUnits(id, units);
        }
        Meeting after = support.get(actor, id);
        support.audit.record("update", "meeting", String.valueOf(id), after.jurisdictionPath(), snapshot(before),
                snapshot(after));
        return after;
    }

    /** Hold, close or cancel a meeting ({@code HELD}, {@code CLOSED}, {@code CANCELLED}). */
    Meeting move(Actor actor, long id, String status, Integer version) {
        support.policy.requireOrganise(actor);
        List<Problem> problems = new ArrayList<>();
        MeetingStatus next = Checks.oneOf("status", status, MeetingStatus.class, true, problems);
        BadInputException.throwIfAny(problems);
        Meeting before = support.lock(actor, id);
        support.current(before, version);
        MeetingStatus.Transition t = switch (next) {
            case HELD -> before.status().hold();
            case CLOSED -> before.status().close();
            case CANCELLED -> before.status().cancel();
            case SCHEDULED -> MeetingStatus.Transition.refused(Problem.at(null, "meeting.cannot-reschedule",
                    before.status().name()));
        };
        MeetingStatus to = support.allowed(t);
        if (!support.meetings.setStatus(id, before.version(), to, support.now())) {
            throw support.conflict(Problem.at(null, "meeting.changed-meanwhile", id));
        }
        Meeting after = support.get(actor, id);
        support.audit.record("status", "meeting", String.valueOf(id), after.jurisdictionPath(), snapshot(before),
                snapshot(after));
        return after;
    }

    /** Add an item at the end of the agenda. */
    Meeting addItem(Actor actor, long id, AgendaItemDraft draft) {
        support.policy.requireOrganise(actor);
        Meeting before = support.lock(actor, id);
        support.allowed(before.status().change());
        List<Problem> problems = new ArrayList<>();
        String[] titles = MeetingValidator.item(draft, null, problems);
        if (before.agenda().size() >= MeetingValidator.MAX_AGENDA) {
            problems.add(Problem.at("agenda", "meeting.agenda.too-many", MeetingValidator.MAX_AGENDA));
        }
        BadInputException.throwIfAny(problems);
        support.meetings.addItem(id, titles[0], titles[1], null, null);
        return changed(actor, before);
    }

    /** Change an agenda item's titles (null keeps) or mark it done or open again. */
    Meeting changeItem(Actor actor, long id, long itemId, AgendaItemDraft draft) {
        support.policy.requireOrganise(actor);
        Meeting before = support.lock(actor, id);
        support.allowed(before.status().change());
        Meeting.AgendaItem item = before.agenda().stream().filter(a -> a.id() == itemId).findFirst()
                .orElseThrow(() -> new org.rampart.shared.NotFoundException("agenda item " + itemId));
        List<Problem> problems = new ArrayList<>();
        String[] titles = MeetingValidator.item(new AgendaItemDraft(
                draft.titleEn() != null ? draft.titleEn() : item.titleEn(),
                draft.titleZh() != null ? draft.titleZh() : item.titleZh(), null), null, problems);
        BadInputException.throwIfAny(problems);
        support.meetings.changeItem(id, itemId, titles[0], titles[1], draft.done() != null ? draft.done() : item.done());
        return changed(actor, before);
    }

    private Meeting changed(Actor actor, Meeting before) {
        support.meetings.touch(before.id(), support.now());
        Meeting after = support.get(actor, before.id());
        support.audit.record("agenda", "meeting", String.valueOf(before.id()), after.jurisdictionPath(),
                snapshot(before), snapshot(after));
        return after;
    }
}
