package org.rampart.supervision.web;

import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.Decision;
import org.rampart.supervision.MeetingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The decisions of the scope, found by number or text, each linking to its meeting. */
@Controller
class DecisionPageController {

    private final MeetingManagement meetings;
    private final MeetingProblems problemTexts;

    DecisionPageController(MeetingManagement meetings, MeetingProblems problemTexts) {
        this.meetings = meetings;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/decisions")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        Actor actor = CurrentActor.get();
        Page<Decision> found;
        try {
            found = meetings.searchDecisions(actor, jurisdiction, year, q, new PageQuery(Math.max(0, page), 50));
        } catch (BadInputException e) {
            model.addAttribute("problems", problemTexts.lines(e.problems(), locale));
            found = new Page<>(List.of(), 0, 50, 0);
        }
        model.addAttribute("navSection", "meetings");
        model.addAttribute("decisions", found);
        model.addAttribute("q", q);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("year", year);
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/decisions");
        if (q != null && !q.isBlank()) {
            link.queryParam("q", q);
        }
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            link.queryParam("jurisdiction", jurisdiction);
        }
        if (year != null) {
            link.queryParam("year", year);
        }
        model.addAttribute("pageLink", link.queryParam("page", "").build().encode().toUriString());
        return "supervision/decisions";
    }
}
