package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.Board;
import org.rampart.supervision.BoardFilter;
import org.rampart.supervision.BoardTask;
import org.rampart.supervision.DueBand;
import org.rampart.supervision.Scorecard;
import org.rampart.supervision.SupervisionBoard;
import org.rampart.supervision.SupervisionScorecard;
import org.rampart.supervision.TaskTreeNode;
import org.rampart.supervision.TaskStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervision board, its task lists, the cascade tree and the scorecard as JSON. */
@RestController
@Tag(name = "Supervision board", description = "Open supervision tasks by band, status, unit and jurisdiction; scorecards")
class BoardApiController {

    private static final String BANDS = "Bands: GREEN while more than rampart.supervision.board.due-soon-days (3) days "
            + "are left; YELLOW from then until late-days (3) days past the deadline; RED after that. A submitted task "
            + "is measured on the day it was submitted. Days are calendar days in the server's time zone.";

    /** The most lead units a board or scorecard lists in one answer. */
    static final int MAX_UNITS = 5_000;

    private final SupervisionBoard board;
    private final SupervisionScorecard scorecard;

    BoardApiController(SupervisionBoard board, SupervisionScorecard scorecard) {
        this.board = board;
        this.scorecard = scorecard;
    }

    @GetMapping("/api/v1/supervision/board")
    @Operation(summary = "Count the open tasks the caller may see by band, status, lead unit and jurisdiction",
            description = "A task counts when its assigning jurisdiction lies in the caller's scope or the caller's "
                    + "unit is one of its units. byJurisdiction lists the chosen jurisdiction (or the scope's first "
                    + "root) itself, its children, and '-' for lead units outside it. " + BANDS)
    Board board(@Parameter(description = "jurisdiction code: lead units in it and below") @RequestParam(required = false) String jurisdiction,
            @Parameter(schema = @Schema(implementation = TaskStatus.class)) @RequestParam(required = false) String status,
            @Parameter(schema = @Schema(implementation = org.rampart.supervision.TaskPriority.class)) @RequestParam(required = false) String priority,
            @Parameter(schema = @Schema(implementation = org.rampart.supervision.TaskSource.class)) @RequestParam(required = false) String source,
            @Parameter(description = "unit code: a lead or assisting unit of the task") @RequestParam(required = false) String unit,
            @Parameter(description = "how many lead units byUnit lists, most red first (1 to 5000; units counts them all)")
            @RequestParam(defaultValue = "100") int top) {
        return board.board(CurrentActor.get(), BoardFilter.parse(jurisdiction, status, priority, source, unit, null))
                .top(limit(top));
    }

    @GetMapping("/api/v1/supervision/board/tasks")
    @Operation(summary = "List the open tasks behind a figure of the board, most overdue first",
            description = "The same filters as the board, and band. daysOverdue is in days (negative: days left). " + BANDS)
    Page<BoardTask> tasks(@RequestParam(required = false) String jurisdiction,
            @Parameter(schema = @Schema(implementation = TaskStatus.class)) @RequestParam(required = false) String status,
            @Parameter(schema = @Schema(implementation = org.rampart.supervision.TaskPriority.class)) @RequestParam(required = false) String priority,
            @RequestParam(required = false) String source, @RequestParam(required = false) String unit,
            @Parameter(schema = @Schema(implementation = DueBand.class)) @RequestParam(required = false) String band,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return board.tasks(CurrentActor.get(), BoardFilter.parse(jurisdiction, status, priority, source, unit, band),
                PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/supervision/board/tree/{id}")
    @Operation(summary = "The cascade a task belongs to, from its top, as far as the caller may see it",
            description = "404 when the caller may not see the task. A sub-task whose parent the caller may not see "
                    + "is a top of its own.")
    List<TaskTreeNode> tree(@PathVariable long id) {
        return board.tree(CurrentActor.get(), id);
    }

    @GetMapping("/api/v1/supervision/scorecard")
    @Operation(summary = "Rank the lead units and jurisdictions by how they carried out their tasks over a period",
            description = "Tasks whose original deadline lies between from and to (default: the 365 days up to "
                    + "today), cancelled ones excepted. onTime: done by the deadline in force; late: done after it or "
                    + "open past it; rates are fractions 0..1; delays are in days (average of days past the original "
                    + "deadline; approved = days granted by approved extensions; unapproved = days past the deadline in "
                    + "force). Objections count for the unit that objected. Ranked by on-time rate (highest first), "
                    + "then average delay, then sent-back rate; rank 0: nothing finished or overdue yet. Directives: "
                    + "receiptsDue counts the directive receipts whose confirm-by deadline falls on a day of the period "
                    + "(for the receiving unit, and for the jurisdiction it lies in; receipts of units the caller's scope "
                    + "covers, or of the caller's unit; priority and source do not narrow them), receiptsOnTime those "
                    + "confirmed by that deadline, receiptsOnTimeRate their share 0..1 (null without receipts due); "
                    + "they are not part of the ranking, and units with receipts but no tasks are listed with rank 0.")
    Scorecard scorecard(@Parameter(description = "first day, yyyy-MM-dd") @RequestParam(required = false) String from,
            @Parameter(description = "last day, yyyy-MM-dd") @RequestParam(required = false) String to,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String source, @RequestParam(required = false) String unit,
            @Parameter(description = "how many lead units the ranking lists, best first (1 to 5000; unitCount counts them all)")
            @RequestParam(defaultValue = "100") int top) {
        return scorecard.scorecard(CurrentActor.get(), BoardFilter.parse(jurisdiction, null, priority, source, unit, null),
                Dates.parse("from", from), Dates.parse("to", to)).top(limit(top));
    }

    private static int limit(int top) {
        if (top < 1 || top > MAX_UNITS) {
            throw org.rampart.shared.BadInputException.of("top", "number.range", 1, MAX_UNITS);
        }
        return top;
    }
}
