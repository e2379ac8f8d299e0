package org.rampart.supervision;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.Checks;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the committee at every level and their decisions. Everybody signed in reads the meetings of their
 * scope (a meeting elsewhere answers like one that does not exist); the committee's office schedules meetings and
 * series, keeps agenda and minutes, and records decisions ({@link MeetingPolicy}). Every change is audited with
 * before and after.
 * <p>The facade holds the transactions and delegates: {@link MeetingScheduling} (meetings, status, agenda),
 * {@link SeriesPlanning} (series, next occurrence, {@link CarryOver}), {@link DecisionRecording} (numbered
 * decisions), {@link DecisionTasks} (decisions become tasks through {@link TaskManagement}) and {@link Committees}
 * (committee codes); {@link MeetingSupport} holds what they share.
 */
@Service
@Transactional(readOnly = true)
public class MeetingManagement {

    private final MeetingSupport support;
    private final MeetingScheduling scheduling;
    private final SeriesPlanning planning;
    private final DecisionRecording recording;
    private final Committees committees;
    private final DecisionTasks decisionTasks;

    MeetingManagement(MeetingSupport support, MeetingScheduling scheduling, SeriesPlanning planning,
            DecisionRecording recording, Committees committees, DecisionTasks decisionTasks) {
        this.decisionTasks = decisionTasks;
        this.support = support;
        this.scheduling = scheduling;
        this.planning = planning;
        this.recording = recording;
        this.committees = committees;
    }

    /** Who may do what with meetings, for pages that show or hide actions. */
    public MeetingPolicy policy() {
        return support.policy;
    }

    /** The site's time zone, in which meeting dates and times are shown and typed. */
    public ZoneId zone() {
        return support.zone;
    }

    // --- meetings ---

    /** The meetings of the actor's scope (narrowed to the filter's jurisdiction subtree), latest first. */
    public Page<MeetingSummary> search(Actor actor, MeetingFilter filter, PageQuery page) {
        return support.meetings.search(actor.scopePath(), subtree(actor, filter.jurisdiction()), filter, support.zone,
                page);
    }

    /**
     * The meetings of the actor's scope that the actor's unit attends and that start within the next {@code days}
     * days, cancelled ones left out, earliest first (at most {@code limit}); none when the actor belongs to no unit.
     */
    public List<MeetingSummary> upcomingForUnit(Actor actor, int days, int limit) {
        if (actor.unitId() == null) {
            return List.of();
        }
        java.time.Instant now = support.now();
        return support.meetings.attendedBy(actor.scopePath(), actor.unitId(), now,
                now.plus(java.time.Duration.ofDays(days)), limit);
    }

    /** Return a meeting of the actor's scope; throws not-found otherwise (also when it lies outside the scope). */
    public Meeting get(Actor actor, long id) {
        return support.get(actor, id);
    }

    /** Schedule a meeting with its attending units and first agenda items. */
    @Transactional
    public Meeting create(Actor actor, MeetingDraft draft) {
        return scheduling.create(actor, draft);
    }

    /** Change a meeting (null members keep their values) while it is scheduled or held; 409 on a stale version. */
    @Transactional
    public Meeting update(Actor actor, long id, MeetingDraft draft) {
        return scheduling.update(actor, id, draft);
    }

    /**
     * Move a meeting to HELD, CLOSED or CANCELLED (see {@link MeetingStatus}); 409 when its status refuses. Holding
     * (or closing) an occurrence of a series schedules the next one ({@link SeriesPlanning#after}).
     */
    @Transactional
    public Meeting move(Actor actor, long id, String status, Integer version) {
        Meeting moved = scheduling.move(actor, id, status, version);
        planning.after(actor, moved);
        return support.get(actor, id);
    }

    /** Add an item at the end of a meeting's agenda. */
    @Transactional
    public Meeting addAgendaItem(Actor actor, long id, AgendaItemDraft draft) {
        return scheduling.addItem(actor, id, draft);
    }

    /** Change an agenda item's titles or mark it done (or open again). */
    @Transactional
    public Meeting changeAgendaItem(Actor actor, long id, long itemId, AgendaItemDraft draft) {
        return scheduling.changeItem(actor, id, itemId, draft);
    }

    // --- decisions ---

    /** The decisions of a meeting of the actor's scope, in the order of their numbers. */
    public List<Decision> decisions(Actor actor, long meetingId) {
        support.get(actor, meetingId);
        return support.decisions.byMeeting(meetingId);
    }

    /** Return a decision of the actor's scope; not found otherwise. */
    public Decision decision(Actor actor, long id) {
        return recording.get(actor, id);
    }

    /** Return the decision with this number in the actor's scope; not found otherwise. */
    public Decision decision(Actor actor, String number) {
        return support.decisions.findByNumber(actor.scopePath(), number)
                .orElseThrow(() -> new org.rampart.shared.NotFoundException("decision " + number));
    }

    /** The decisions of the actor's scope: a jurisdiction subtree, a year and a text to find, all optional. */
    public Page<Decision> searchDecisions(Actor actor, String jurisdiction, Integer year, String q, PageQuery page) {
        return support.decisions.search(actor.scopePath(), subtree(actor, jurisdiction), year,
                Checks.blank(q) ? null : q.trim(), page);
    }

    /** Record a decision of a meeting under its committee's next number for the meeting's year. */
    @Transactional
    public Decision recordDecision(Actor actor, long meetingId, DecisionDraft draft) {
        return recording.record(actor, meetingId, draft);
    }

    /** Change a decision's text (null keeps) while its meeting is open; 409 on a stale version. */
    @Transactional
    public Decision changeDecision(Actor actor, long id, DecisionDraft draft, Integer version) {
        return recording.change(actor, id, draft, version);
    }

    /**
     * Turn a decision into one or more tasks in one step, all or nothing (problems carry the index of their task);
     * each task has the decision as its source ({@link TaskSource#MEETING_DECISION}, the decision's id and number)
     * and the meeting's jurisdiction as the assigning side.
     */
    @Transactional
    public List<Task> assignTasks(Actor actor, long decisionId, List<DecisionTaskDraft> drafts) {
        return decisionTasks.assign(actor, decisionId, drafts);
    }

    /** The tasks a decision of the actor's scope became that the actor sees, oldest first. */
    public List<Task> tasks(Actor actor, long decisionId) {
        recording.get(actor, decisionId);
        return decisionTasks.of(actor, decisionId);
    }

    // --- series ---

    /** The series of the actor's scope, active ones first. */
    public List<MeetingSeries> series(Actor actor) {
        return support.series.list(actor.scopePath());
    }

    /** The latest occurrence of each series of the actor's scope, by series id. */
    public Map<Long, MeetingSummary> latestOccurrences(Actor actor) {
        Map<Long, MeetingSummary> out = new java.util.LinkedHashMap<>();
        support.meetings.latestOccurrences(actor.scopePath()).forEach(m -> out.put(m.seriesId(), m));
        return out;
    }

    /** Return a series of the actor's scope; not found otherwise. */
    public MeetingSeries series(Actor actor, long id) {
        return planning.get(actor, id);
    }

    /** Create a series and schedule its first occurrence. */
    @Transactional
    public MeetingSeries createSeries(Actor actor, SeriesDraft draft) {
        return planning.create(actor, draft);
    }

    /** Schedule a series' next occurrence, carrying over the open items of the last one. */
    @Transactional
    public Meeting nextOccurrence(Actor actor, long seriesId) {
        return planning.next(actor, seriesId);
    }

    /** End a series (the occurrences already scheduled stay). */
    @Transactional
    public MeetingSeries stopSeries(Actor actor, long seriesId) {
        return planning.stop(actor, seriesId);
    }

    // --- committee codes ---

    /** The committee code of a jurisdiction of the actor's scope (its own code unless set). */
    public String committeeCode(Actor actor, String jurisdiction) {
        return committees.code(actor, jurisdiction);
    }

    /** The committee codes of these jurisdictions, by jurisdiction code. */
    public Map<String, String> committeeCodes(List<Jurisdiction> places) {
        return committees.codes(places);
    }

    /** Set a jurisdiction's committee code (administrators of its scope); later decisions carry it. */
    @Transactional
    public String setCommitteeCode(Actor actor, String jurisdiction, String code) {
        return committees.set(actor, jurisdiction, code);
    }

    private String subtree(Actor actor, String jurisdiction) {
        if (Checks.blank(jurisdiction)) {
            return null;
        }
        return support.jurisdictions.find(actor, jurisdiction.trim()).map(Jurisdiction::path)
                .orElseThrow(() -> BadInputException.of("jurisdiction", "jurisdiction.unknown", jurisdiction.trim()));
    }
}
