package org.rampart.supervision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.Board;
import org.rampart.supervision.BoardFilter;
import org.rampart.supervision.DueBand;
import org.rampart.supervision.SupervisionBoard;
import org.rampart.supervision.TaskStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The supervision board page, the task lists behind its figures, the cascade tree of a task, and the XLSX export. */
@Controller
class BoardPageController {

    /** How many units the board page lists (the API lists them all). */
    static final int UNIT_ROWS = 25;

    private final SupervisionBoard board;
    private final MessageSource messages;
    private final JsonMapper json;

    BoardPageController(SupervisionBoard board, MessageSource messages, JsonMapper json) {
        this.board = board;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/supervision/board")
    String page(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String source,
            @RequestParam(required = false) String unit, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        BoardFilter filter = filter(model, jurisdiction, status, priority, source, unit, null);
        Board b;
        try {
            b = board.board(actor, filter);
        } catch (BadInputException e) {
            model.addAttribute("problems", e.problems());
            filter = BoardFilter.NONE;
            b = board.board(actor, filter);
        }
        common(model, filter);
        model.addAttribute("board", b);
        model.addAttribute("units", b.top(UNIT_ROWS).byUnit());
        model.addAttribute("moreUnits", Math.max(0, b.units() - UNIT_ROWS));
        model.addAttribute("chart", chart(b, locale));
        return "supervision/board";
    }

    @GetMapping("/supervision/board/tasks")
    String tasks(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String source,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String band,
            @RequestParam(required = false) Integer page, Model model) {
        BoardFilter filter = filter(model, jurisdiction, status, priority, source, unit, band);
        common(model, filter);
        try {
            model.addAttribute("tasks", board.tasks(CurrentActor.get(), filter, PageQuery.of(page, 50)));
        } catch (BadInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("filter", BoardFilter.NONE);
            model.addAttribute("query", "");
            model.addAttribute("tasks", board.tasks(CurrentActor.get(), BoardFilter.NONE, PageQuery.of(0, 50)));
        }
        return "supervision/board-tasks";
    }

    @GetMapping("/supervision/board/tree/{id}")
    String tree(@PathVariable long id, Model model) {
        model.addAttribute("navSection", "supervision");
        model.addAttribute("taskId", id);
        model.addAttribute("tops", board.tree(CurrentActor.get(), id));
        model.addAttribute("settings", board.settings());
        return "supervision/board-tree";
    }

    @GetMapping("/supervision/board/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String status, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String source, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String band, Locale locale) {
        BoardFilter filter = BoardFilter.parse(jurisdiction, status, priority, source, unit, band);
        return SupervisionXlsx.download(SupervisionXlsx.tasks(board.export(CurrentActor.get(), filter), messages, locale),
                "supervision-tasks-" + board.today() + ".xlsx");
    }

    private BoardFilter filter(Model model, String jurisdiction, String status, String priority, String source,
            String unit, String band) {
        try {
            return BoardFilter.parse(jurisdiction, status, priority, source, unit, band);
        } catch (BadInputException e) {
            model.addAttribute("problems", e.problems());
            return BoardFilter.NONE;
        }
    }

    private void common(Model model, BoardFilter filter) {
        model.addAttribute("navSection", "supervision");
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.query());
        model.addAttribute("statuses", TaskStatus.OPEN);
        model.addAttribute("priorities", BoardFilter.PRIORITIES);
        model.addAttribute("sources", BoardFilter.SOURCES);
        model.addAttribute("bands", DueBand.values());
        model.addAttribute("settings", board.settings());
    }

    /** The chart's data: open tasks per status, stacked by band, with the texts in the reader's language. */
    private String chart(Board b, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (DueBand band : DueBand.values()) {
            series.put(band.name(), new ArrayList<>());
        }
        for (Board.Row row : b.byStatus()) {
            labels.add(messages.getMessage("supervision.task.status." + row.code(), null, locale));
            series.get("GREEN").add(row.green());
            series.get("YELLOW").add(row.yellow());
            series.get("RED").add(row.red());
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (DueBand band : DueBand.values()) {
            names.put(band.name(), messages.getMessage("supervision.board.band." + band.name(), null, locale));
        }
        data.put("labels", labels);
        data.put("series", series);
        data.put("names", names);
        return json.writeValueAsString(data);
    }
}
