package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.Checks;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.AgendaItemDraft;
import org.rampart.supervision.DecisionDraft;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.MeetingDraft;
import org.rampart.supervision.MeetingFilter;
import org.rampart.supervision.MeetingManagement;
import org.rampart.supervision.MeetingStatus;
import org.rampart.supervision.MeetingSummary;
import org.rampart.supervision.MeetingType;
import org.rampart.supervision.SeriesDraft;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The meetings API: meetings of the caller's scope, their agenda, decisions and minutes, series, committee codes. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Committee meetings (plenary, office, special) of the caller's scope")
class MeetingApiController {

    private final MeetingManagement meetings;
    private final MeetingWebSupport web;

    MeetingApiController(MeetingManagement meetings, MeetingWebSupport web) {
        this.meetings = meetings;
        this.web = web;
    }

    /** A change of status. */
    record MeetingStatusChange(@Schema(implementation = MeetingStatus.class, description = "HELD, CLOSED or CANCELLED")
            String status, @Schema(description = "The version read; 409 when the meeting changed meanwhile")
            Integer version) {
    }

    /** A committee code. */
    record CommitteeCode(@Schema(description = "Letters, digits, '_', '.', '-'; at most 32", example = "DP") String code) {
    }

    @GetMapping
    @Operation(summary = "List meetings of the caller's scope, latest first",
            description = "Filters: jurisdiction (a subtree), type, status, series (id), from and to (days, inclusive, "
                    + "in the site's time zone).")
    Page<MeetingSummary> list(@RequestParam(required = false) String jurisdiction,
            @Parameter(schema = @Schema(implementation = MeetingType.class)) @RequestParam(required = false) String type,
            @Parameter(schema = @Schema(implementation = MeetingStatus.class)) @RequestParam(required = false) String status,
            @RequestParam(required = false) Long series, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return meetings.search(CurrentActor.get(), filter(jurisdiction, type, status, series, from, to),
                PageQuery.of(page, size));
    }

    static MeetingFilter filter(String jurisdiction, String type, String status, Long series, LocalDate from,
            LocalDate to) {
        List<BadInputException.Problem> problems = new java.util.ArrayList<>();
        MeetingType t = Checks.oneOf("type", type, MeetingType.class, false, problems);
        MeetingStatus s = Checks.oneOf("status", status, MeetingStatus.class, false, problems);
        BadInputException.throwIfAny(problems);
        return new MeetingFilter(Checks.blank(jurisdiction) ? null : jurisdiction.trim(), t, s, series, from, to);
    }

    @PostMapping
    @Operation(summary = "Schedule a meeting with its attending units and agenda items")
    ResponseEntity<MeetingView> create(@RequestBody MeetingDraft body) {
        Actor actor = CurrentActor.get();
        Meeting created = meetings.create(actor, body);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/meetings/" + created.id())
                .body(web.view(actor, created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a meeting of the caller's scope with its decisions and their tasks (404 outside it)")
    MeetingView get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return web.view(actor, meetings.get(actor, id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a meeting",
            description = "Members left out or null keep their values; units, when given, replace the attending "
                    + "units; the jurisdiction never changes; agenda items change through /agenda. Give the version "
                    + "read: 409 when the meeting changed meanwhile or is closed or cancelled.")
    MeetingView patch(@PathVariable long id, @RequestBody MeetingDraft body) {
        Actor actor = CurrentActor.get();
        return web.view(actor, meetings.update(actor, id, body));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Hold, close or cancel a meeting",
            description = "SCHEDULED -> HELD -> CLOSED (minutes final), SCHEDULED -> CANCELLED; anything else is 409."
                    + " Holding an occurrence of an active series schedules its next occurrence (once); closing it"
                    + " carries over to that occurrence what was decided meanwhile.")
    MeetingView status(@PathVariable long id, @RequestBody MeetingStatusChange body) {
        Actor actor = CurrentActor.get();
        return web.view(actor, meetings.move(actor, id, body.status(), body.version()));
    }

    @PostMapping("/{id}/agenda")
    @Operation(summary = "Add an agenda item at the end")
    ResponseEntity<MeetingView> addItem(@PathVariable long id, @RequestBody AgendaItemDraft body) {
        Actor actor = CurrentActor.get();
        return ResponseEntity.status(HttpStatus.CREATED).body(web.view(actor, meetings.addAgendaItem(actor, id, body)));
    }

    @PatchMapping("/{id}/agenda/{itemId}")
    @Operation(summary = "Change an agenda item's titles (null keeps) or mark it done (done: true) or open again")
    MeetingView changeItem(@PathVariable long id, @PathVariable long itemId, @RequestBody AgendaItemDraft body) {
        Actor actor = CurrentActor.get();
        return web.view(actor, meetings.changeAgendaItem(actor, id, itemId, body));
    }

    @GetMapping("/{id}/decisions")
    @Operation(summary = "The decisions of a meeting with their tasks, in the order of their numbers")
    List<MeetingView.DecisionView> decisions(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return web.decisions(actor, meetings.decisions(actor, id));
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Record a decision under the committee's next number for the meeting's year",
            description = "Numbers are <committee code>-<year>-<seq> (DP-2026-014), gap-free per committee and year.")
    ResponseEntity<MeetingView.DecisionView> decide(@PathVariable long id, @RequestBody DecisionDraft body) {
        Actor actor = CurrentActor.get();
        var d = meetings.recordDecision(actor, id, body);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/decisions/" + d.id())
                .body(web.decisions(actor, List.of(d)).get(0));
    }

    @GetMapping("/{id}/minutes")
    @Operation(summary = "The minutes as PDF or DOCX in the caller's language, listing decisions and their tasks",
            description = "format: pdf (default) or docx. The language is the caller's (Accept-Language or the "
                    + "user's setting).")
    ResponseEntity<byte[]> minutes(@PathVariable long id,
            @Parameter(schema = @Schema(allowableValues = {"pdf", "docx"})) @RequestParam(defaultValue = "pdf")
            String format, Locale locale) {
        return web.minutes(CurrentActor.get(), id, format, locale);
    }

    // --- series ---

    @GetMapping("/series")
    @Operation(summary = "The meeting series of the caller's scope, active ones first")
    List<MeetingView.MeetingSeriesView> series() {
        return meetings.series(CurrentActor.get()).stream().map(MeetingView.MeetingSeriesView::of).toList();
    }

    @PostMapping("/series")
    @Operation(summary = "Create a meeting series (weekly, monthly, quarterly); its first occurrence is scheduled")
    ResponseEntity<MeetingView.MeetingSeriesView> createSeries(@RequestBody SeriesDraft body) {
        var s = meetings.createSeries(CurrentActor.get(), body);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/meetings/series/" + s.id())
                .body(MeetingView.MeetingSeriesView.of(s));
    }

    @GetMapping("/series/{id}")
    @Operation(summary = "Read a series of the caller's scope")
    MeetingView.MeetingSeriesView oneSeries(@PathVariable long id) {
        return MeetingView.MeetingSeriesView.of(meetings.series(CurrentActor.get(), id));
    }

    @PostMapping("/series/{id}/next")
    @Operation(summary = "Schedule the series' next occurrence",
            description = "Carries over from the latest occurrence its open agenda items and a follow-up item for "
                    + "each of its decisions whose tasks are still open.")
    ResponseEntity<MeetingView> next(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        Meeting m = meetings.nextOccurrence(actor, id);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/meetings/" + m.id())
                .body(web.view(actor, m));
    }

    @PostMapping("/series/{id}/stop")
    @Operation(summary = "End a series (occurrences already scheduled stay)")
    MeetingView.MeetingSeriesView stop(@PathVariable long id) {
        return MeetingView.MeetingSeriesView.of(meetings.stopSeries(CurrentActor.get(), id));
    }

    // --- committee codes ---

    @GetMapping("/committees/{jurisdiction}")
    @Operation(summary = "The committee code of a jurisdiction (its own code unless an administrator set one)")
    CommitteeCode committee(@PathVariable String jurisdiction) {
        return new CommitteeCode(meetings.committeeCode(CurrentActor.get(), jurisdiction));
    }

    @PutMapping("/committees/{jurisdiction}")
    @Operation(summary = "Set a jurisdiction's committee code (administrators of its scope)",
            description = "Unique among committees; decisions numbered afterwards carry it, earlier numbers stay.")
    CommitteeCode setCommittee(@PathVariable String jurisdiction, @RequestBody CommitteeCode body) {
        return new CommitteeCode(meetings.setCommitteeCode(CurrentActor.get(), jurisdiction, body.code()));
    }
}
