package org.rampart.situation.web;

import java.time.LocalDate;
import java.util.List;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.risk.RiskLevel;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.situation.SituationManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The situation page (heat map, roll-up and map, top risks, changes) and the htmx fragment of one heat-map cell. */
@Controller
class SituationPageController {

    private final SituationManagement situation;

    SituationPageController(SituationManagement situation) {
        this.situation = situation;
    }

    @GetMapping("/situation")
    String page(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String domain,
            @RequestParam(required = false) String since, @RequestParam(defaultValue = "false") boolean residual,
            Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "situation");
        model.addAttribute("domains", situation.domains());
        model.addAttribute("levels", RiskLevel.values());
        String problem = null;
        Jurisdiction j;
        LocalDate from;
        String chosenDomain = domain == null || domain.isBlank() ? null : domain.trim();
        try {
            j = situation.jurisdiction(actor, jurisdiction);
        } catch (BadInputException e) {
            problem = "situation.problem.jurisdiction";
            j = situation.jurisdiction(actor, null);
        }
        try {
            from = SituationManagement.date("since", since, null);
        } catch (BadInputException e) {
            problem = "situation.problem.since";
            from = null;
        }
        String asked = chosenDomain;
        if (asked != null && situation.domains().stream().noneMatch(d -> d.code().equalsIgnoreCase(asked))) {
            problem = "situation.problem.domain";
            chosenDomain = null;
        }
        var s = situation.situation(actor, j.code(), from);
        model.addAttribute("problem", problem);
        model.addAttribute("place", j);
        model.addAttribute("situation", s);
        model.addAttribute("since", s.since());
        model.addAttribute("domain", chosenDomain);
        model.addAttribute("residual", residual);
        model.addAttribute("heat", situation.heatMap(actor, j.code(), chosenDomain, residual));
        model.addAttribute("rollUp", situation.rollUp(actor, j.code()));
        return "situation/page";
    }

    /** The risks of one heat-map cell (an htmx fragment, or a plain page without htmx). */
    @GetMapping("/situation/cell")
    String cell(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "false") boolean residual, @RequestParam int likelihood,
            @RequestParam int impact, Model model) {
        List<?> risks = situation.cell(CurrentActor.get(), jurisdiction, domain, residual, likelihood, impact);
        model.addAttribute("risks", risks);
        model.addAttribute("likelihood", likelihood);
        model.addAttribute("impact", impact);
        model.addAttribute("limit", SituationManagement.CELL_RISKS);
        return "situation/fragments :: cell";
    }
}
