package org.rampart.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.MeetingConflict;
import org.rampart.supervision.MeetingManagement;
import org.rampart.supervision.MeetingType;
import org.rampart.supervision.Recurrence;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the meeting series of the scope with the form for a new one, scheduling the next occurrence, ending one. */
@Controller
class SeriesPageController {

    private final MeetingManagement meetings;
    private final JurisdictionManagement jurisdictions;
    private final MeetingProblems problemTexts;

    SeriesPageController(MeetingManagement meetings, JurisdictionManagement jurisdictions, MeetingProblems problemTexts) {
        this.meetings = meetings;
        this.jurisdictions = jurisdictions;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/meetings/series")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        List<Jurisdiction> roots = jurisdictions.roots(actor);
        model(model, actor, new SeriesForm(roots.isEmpty() ? "" : roots.get(0).code(), "OFFICE", "MONTHLY", "", "",
                LocalDate.now(meetings.zone()).plusDays(7).toString(), "09:00", "", ""), null);
        return "supervision/meeting-series";
    }

    @PostMapping("/meetings/series")
    String create(SeriesForm form, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = CurrentActor.get();
        try {
            var s = meetings.createSeries(actor, form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/meetings?series=" + s.id();
        } catch (BadInputException e) {
            model(model, actor, form, problemTexts.lines(e.problems(), locale));
            return "supervision/meeting-series";
        }
    }

    @PostMapping("/meetings/series/{id}/next")
    String next(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            Meeting m = meetings.nextOccurrence(CurrentActor.get(), id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/meetings/" + m.id();
        } catch (MeetingConflict e) {
            redirect.addFlashAttribute("problems", List.of(problemTexts.reason(e.problem(), locale)));
            return "redirect:/meetings/series";
        }
    }

    @PostMapping("/meetings/series/{id}/stop")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        meetings.stopSeries(CurrentActor.get(), id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/meetings/series";
    }

    private void model(Model model, Actor actor, SeriesForm form, List<String> problems) {
        model.addAttribute("navSection", "meetings");
        model.addAttribute("seriesList", meetings.series(actor));
        model.addAttribute("latest", meetings.latestOccurrences(actor));
        model.addAttribute("form", form);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("mayOrganise", meetings.policy().mayOrganise(actor));
        model.addAttribute("problems", problems);
    }
}
