package org.rampart.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.BadInputException;
import org.rampart.shared.Checks;
import org.rampart.shared.CurrentActor;
import org.rampart.supervision.AgendaItemDraft;
import org.rampart.supervision.Decision;
import org.rampart.supervision.DecisionDraft;
import org.rampart.supervision.DecisionTaskDraft;
import org.rampart.supervision.MeetingConflict;
import org.rampart.supervision.MeetingManagement;
import org.rampart.supervision.TaskPriority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The changes posted from a meeting's page: its status, agenda items, decisions and the tasks a decision becomes. Each
 * comes back to the page.
 */
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

    /**
     * Turn a decision into tasks from the rows of its form: a row with neither title nor lead unit is left out; the
     * problems name the row (1 for the first) they belong to.
     */
    @PostMapping("/decisions/{id}/tasks")
    String tasks(@PathVariable long id, @RequestParam(required = false) List<String> title,
            @RequestParam(required = false) List<String> leadUnit,
            @RequestParam(required = false) List<String> assisting,
            @RequestParam(required = false) List<String> deadline,
            @RequestParam(required = false) List<String> priority, RedirectAttributes redirect, Locale locale) {
        var actor = CurrentActor.get();
        Decision decision = meetings.decision(actor, id);
        List<DecisionTaskDraft> drafts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<BadInputException.Problem> problems = new ArrayList<>();
        int n = title == null ? 0 : title.size();
        for (int i = 0; i < n; i++) {
            String t = at(title, i);
            String lead = at(leadUnit, i);
            if (t.isBlank() && lead.isBlank()) {
                continue;
            }
            List<BadInputException.Problem> found = new ArrayList<>();
            LocalDate due = Checks.date("deadline", at(deadline, i), true, found);
            TaskPriority p = Checks.oneOf("priority", at(priority, i), TaskPriority.class, false, found);
            int row = i + 1;
            found.forEach(f -> problems.add(f.onItem(row)));
            List<String> assist = List.of(at(assisting, i).split("[,;\\s]+")).stream().filter(c -> !c.isBlank())
                    .toList();
            boolean chinese = MeetingForm.chinese(t);
            drafts.add(new DecisionTaskDraft(chinese ? null : t, chinese ? t : null, null, null, lead, assist, due, p,
                    null, null));
            rows.add(row);
        }
        try {
            if (!problems.isEmpty()) {
                redirect.addFlashAttribute("problems", problemTexts.lines(problems, locale));
                redirect.addFlashAttribute("openTasksForm", id);
            } else {
                meetings.assignTasks(actor, id, drafts);
                redirect.addFlashAttribute("saved", true);
            }
        } catch (BadInputException e) {
            // the tasks' problems name the index of the draft; the page names the row it came from
            List<BadInputException.Problem> shown = e.problems().stream().map(p -> p.index() == null
                    || p.index() >= rows.size() ? p : p.onItem(rows.get(p.index()))).toList();
            redirect.addFlashAttribute("problems", problemTexts.lines(shown, locale));
            redirect.addFlashAttribute("openTasksForm", id);
        } catch (MeetingConflict e) {
            redirect.addFlashAttribute("problems", List.of(problemTexts.reason(e.problem(), locale)));
        }
        return "redirect:/meetings/" + decision.meetingId() + "#decision-" + id;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).trim();
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
