package org.rampart.supervision.web;

import java.util.List;
import java.util.Locale;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.supervision.AgendaItemDraft;
import org.rampart.supervision.DecisionDraft;
import org.rampart.supervision.MeetingConflict;
import org.rampart.supervision.MeetingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The changes posted from a meeting's page: its status, agenda items and decisions. Each comes back to the page. */
@Controller
class MeetingActionController {

    private final MeetingManagement meetings;
    private final MeetingProblems problemTexts;

    MeetingActionController(MeetingManagement meetings, MeetingProblems problemTexts) {
        this.meetings = meetings;
        this.problemTexts = problemTexts;
    }

    @PostMapping("/meetings/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect, Locale locale) {
        return act(id, "", redirect, locale, () -> meetings.move(CurrentActor.get(), id, status, version));
    }

    @PostMapping("/meetings/{id}/agenda")
    String addItem(@PathVariable long id, @RequestParam(required = false) String title, RedirectAttributes redirect,
            Locale locale) {
        return act(id, "#agenda", redirect, locale, () -> meetings.addAgendaItem(CurrentActor.get(), id,
                MeetingForm.item(title == null ? "" : title)));
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}")
    String changeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam boolean done,
            RedirectAttributes redirect, Locale locale) {
        return act(id, "#agenda", redirect, locale, () -> meetings.changeAgendaItem(CurrentActor.get(), id, itemId,
                new AgendaItemDraft(null, null, done)));
    }

    @PostMapping("/meetings/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(required = false) String textEn,
            @RequestParam(required = false) String textZh, RedirectAttributes redirect, Locale locale) {
        return act(id, "#decisions", redirect, locale, () -> meetings.recordDecision(CurrentActor.get(), id,
                new DecisionDraft(textEn, textZh)));
    }

    /** Run a change from the meeting page and come back to it, with the problems or the conflict when refused. */
    private String act(long id, String anchor, RedirectAttributes redirect, Locale locale, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problems", problemTexts.lines(e.problems(), locale));
        } catch (MeetingConflict e) {
            redirect.addFlashAttribute("problems", List.of(problemTexts.reason(e.problem(), locale)));
        }
        return "redirect:/meetings/" + id + anchor;
    }
}
