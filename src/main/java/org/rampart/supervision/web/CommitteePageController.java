package org.rampart.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.MeetingManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee codes page: the codes of the actor's top jurisdictions and the ones right below them (decision
 * numbers start with them), with a form for administrators to set the code of any jurisdiction of their scope.
 */
@Controller
class CommitteePageController {

    private final MeetingManagement meetings;
    private final JurisdictionManagement jurisdictions;
    private final MeetingProblems problemTexts;

    CommitteePageController(MeetingManagement meetings, JurisdictionManagement jurisdictions,
            MeetingProblems problemTexts) {
        this.meetings = meetings;
        this.jurisdictions = jurisdictions;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/meetings/committees")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        List<Jurisdiction> places = new ArrayList<>();
        for (Jurisdiction root : jurisdictions.roots(actor)) {
            places.add(root);
            places.addAll(jurisdictions.children(actor, root.code(), new PageQuery(0, 200)).items());
        }
        model.addAttribute("navSection", "meetings");
        model.addAttribute("places", places);
        model.addAttribute("codes", meetings.committeeCodes(places));
        model.addAttribute("mayEdit", meetings.policy().maySetCommitteeCodes(actor));
        return "supervision/meeting-committees";
    }

    @PostMapping("/meetings/committees")
    String set(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String code,
            RedirectAttributes redirect, Locale locale) {
        try {
            meetings.setCommitteeCode(CurrentActor.get(), jurisdiction == null ? "" : jurisdiction.trim(), code);
            redirect.addFlashAttribute("saved", true);
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problems", problemTexts.lines(e.problems(), locale));
        }
        return "redirect:/meetings/committees";
    }
}
