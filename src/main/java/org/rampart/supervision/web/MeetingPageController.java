package org.rampart.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.MeetingFilter;
import org.rampart.supervision.MeetingManagement;
import org.rampart.supervision.MeetingStatus;
import org.rampart.supervision.MeetingSummary;
import org.rampart.supervision.MeetingType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pages: the list of meetings, a meeting with its agenda, minutes, decisions and their tasks, the form to schedule or
 * change one, and the minutes as PDF and DOCX. The changes posted from a meeting's page are
 * {@link MeetingActionController}'s.
 */
@Controller
class MeetingPageController {

    private final MeetingManagement meetings;
    private final JurisdictionManagement jurisdictions;
    private final MeetingWebSupport web;
    private final MeetingProblems problemTexts;
    private final org.rampart.supervision.TaskManagement tasks;

    MeetingPageController(MeetingManagement meetings, JurisdictionManagement jurisdictions, MeetingWebSupport web,
            MeetingProblems problemTexts, org.rampart.supervision.TaskManagement tasks) {
        this.tasks = tasks;
        this.meetings = meetings;
        this.jurisdictions = jurisdictions;
        this.web = web;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String type,
            @RequestParam(required = false) String status, @RequestParam(required = false) Long series,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        Page<MeetingSummary> found;
        MeetingFilter filter = new MeetingFilter(jurisdiction, null, null, series, from, to);
        try {
            filter = MeetingApiController.filter(jurisdiction, type, status, series, from, to);
            found = meetings.search(actor, filter, new PageQuery(Math.max(0, page), 50));
        } catch (BadInputException e) {
            model.addAttribute("problems", problemTexts.lines(e.problems(), locale));
            found = new Page<>(List.of(), 0, 50, 0);
        }
        model.addAttribute("navSection", "meetings");
        model.addAttribute("f", filter);
        model.addAttribute("meetings", found);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("zone", meetings.zone());
        model.addAttribute("mayOrganise", meetings.policy().mayOrganise(actor));
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/meetings");
        add(link, "jurisdiction", jurisdiction);
        add(link, "type", type);
        add(link, "status", status);
        add(link, "series", series);
        add(link, "from", from);
        add(link, "to", to);
        model.addAttribute("pageLink", link.queryParam("page", "").build().encode().toUriString());
        return "supervision/meetings";
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value);
        }
    }

    @GetMapping("/meetings/new")
    String newForm(@RequestParam(required = false) String jurisdiction, Model model) {
        Actor actor = CurrentActor.get();
        meetings.policy().requireOrganise(actor);
        String place = jurisdiction;
        if (place == null) {
            List<Jurisdiction> roots = jurisdictions.roots(actor);
            place = roots.isEmpty() ? "" : roots.get(0).code();
        }
        formModel(model, actor, MeetingForm.empty(place, LocalDate.now(meetings.zone()).plusDays(7)), null, null);
        return "supervision/meeting-form";
    }

    @PostMapping("/meetings/new")
    String create(MeetingForm form, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = CurrentActor.get();
        try {
            Meeting created = meetings.create(actor, form.draft(meetings.zone(), true));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/meetings/" + created.id();
        } catch (BadInputException e) {
            formModel(model, actor, form, null, problemTexts.lines(e.problems(), locale));
            return "supervision/meeting-form";
        }
    }

    @GetMapping("/meetings/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        meetings.policy().requireOrganise(actor);
        Meeting m = meetings.get(actor, id);
        formModel(model, actor, MeetingForm.of(m, meetings.zone()), m, null);
        return "supervision/meeting-form";
    }

    @PostMapping("/meetings/{id}/edit")
    String update(@PathVariable long id, MeetingForm form, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = CurrentActor.get();
        Meeting m = meetings.get(actor, id);
        try {
            meetings.update(actor, id, form.draft(meetings.zone(), false));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/meetings/" + id;
        } catch (BadInputException e) {
            formModel(model, actor, form, m, problemTexts.lines(e.problems(), locale));
            return "supervision/meeting-form";
        } catch (org.rampart.supervision.MeetingConflict e) {
            redirect.addFlashAttribute("problems", List.of(problemTexts.reason(e.problem(), locale)));
            return "redirect:/meetings/" + id;
        }
    }

    private void formModel(Model model, Actor actor, MeetingForm form, Meeting meeting, List<String> problems) {
        model.addAttribute("navSection", "meetings");
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("problems", problems);
        List<org.rampart.jurisdiction.Unit> own = List.of();
        if (form.jurisdiction() != null && jurisdictions.find(actor, form.jurisdiction().trim()).isPresent()) {
            own = jurisdictions.units(actor, form.jurisdiction().trim());
        }
        model.addAttribute("ownUnits", own);
        List<String> ownCodes = own.stream().map(org.rampart.jurisdiction.Unit::code).toList();
        model.addAttribute("otherUnits", String.join(", ", form.unitCodes().stream()
                .filter(c -> !ownCodes.contains(c)).toList()));
    }

    @GetMapping("/meetings/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        Meeting m = meetings.get(actor, id);
        Minutes minutes = web.minutes(actor, m, locale);
        model.addAttribute("navSection", "meetings");
        model.addAttribute("meeting", m);
        model.addAttribute("place", minutes.jurisdictionName());
        model.addAttribute("decisions", minutes.decisions());
        model.addAttribute("zone", meetings.zone());
        model.addAttribute("mayChange", meetings.policy().mayChange(actor, m));
        model.addAttribute("mayOrganise", meetings.policy().mayOrganise(actor));
        model.addAttribute("series", m.seriesId() == null ? null : meetings.series(actor, m.seriesId()));
        model.addAttribute("mayAssign", tasks.policy().mayAssign(actor) && meetings.policy().mayOrganise(actor));
        model.addAttribute("priorities", org.rampart.supervision.TaskPriority.values());
        return "supervision/meeting";
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return web.minutes(CurrentActor.get(), id, "pdf", locale);
    }

    @GetMapping("/meetings/{id}/minutes.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
        return web.minutes(CurrentActor.get(), id, "docx", locale);
    }
}
