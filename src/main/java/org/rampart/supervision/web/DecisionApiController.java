package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.DecisionDraft;
import org.rampart.supervision.DecisionTaskDraft;
import org.rampart.supervision.MeetingManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decisions API: decisions of the caller's scope by id or number, their text, and the tasks they became. */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "Meeting decisions numbered <committee code>-<year>-<seq>, and their tasks")
class DecisionApiController {

    private final MeetingManagement meetings;
    private final MeetingWebSupport web;

    DecisionApiController(MeetingManagement meetings, MeetingWebSupport web) {
        this.meetings = meetings;
        this.web = web;
    }

    /** A change of a decision's text. */
    record DecisionChange(String textEn, String textZh,
            @Schema(description = "The version read; 409 when the decision changed meanwhile") Integer version) {
    }

    @GetMapping
    @Operation(summary = "List decisions of the caller's scope, latest year first",
            description = "Filters: jurisdiction (a subtree), year, q (in the number and both texts).")
    Page<MeetingView.DecisionView> list(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.get();
        var found = meetings.searchDecisions(actor, jurisdiction, year, q, PageQuery.of(page, size));
        return new Page<>(web.decisions(actor, found.items()), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a decision of the caller's scope with its tasks (404 outside it)")
    MeetingView.DecisionView get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return web.decisions(actor, List.of(meetings.decision(actor, id))).get(0);
    }

    @GetMapping("/by-number/{number}")
    @Operation(summary = "Read a decision by its number, such as DP-2026-014 (404 outside the caller's scope)")
    MeetingView.DecisionView byNumber(@PathVariable String number) {
        Actor actor = CurrentActor.get();
        return web.decisions(actor, List.of(meetings.decision(actor, number))).get(0);
    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "The tasks a decision became that the caller sees, with their state, oldest first")
    List<Minutes.TaskLine> tasks(@PathVariable long id) {
        return meetings.tasks(CurrentActor.get(), id).stream().map(Minutes.TaskLine::of).toList();
    }

    @PostMapping("/{id}/tasks")
    @Operation(summary = "Turn a decision into one or more tasks in one step",
            description = "All or nothing: when any task is refused none is written, and each problem names its "
                    + "task's index. Each task's source is the decision (MEETING_DECISION, its id and number); the "
                    + "assigning jurisdiction is the meeting's. The full tasks are under /api/v1/tasks/{id}.")
    ResponseEntity<List<Minutes.TaskLine>> assign(@PathVariable long id, @RequestBody List<DecisionTaskDraft> body) {
        var assigned = meetings.assignTasks(CurrentActor.get(), id, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(assigned.stream().map(Minutes.TaskLine::of).toList());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a decision's text while its meeting is open (null keeps); 409 on a stale version")
    MeetingView.DecisionView patch(@PathVariable long id, @RequestBody DecisionChange body) {
        Actor actor = CurrentActor.get();
        var d = meetings.changeDecision(actor, id, new DecisionDraft(body.textEn(), body.textZh()), body.version());
        return web.decisions(actor, List.of(d)).get(0);
    }
}
