package org.rampart.taxonomy.web;

import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.taxonomy.RiskDomainEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of the domain taxonomy (under the risk register's address): read-only unless the reader may change it. */
@Controller
class DomainPageController {

    private final DomainManagement domains;
    private final ProblemTexts problemTexts;

    DomainPageController(DomainManagement domains, ProblemTexts problemTexts) {
        this.domains = domains;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/risks/domains")
    String page(Model model) {
        model(model, CurrentActor.get());
        return "taxonomy/domains";
    }

    @PostMapping("/risks/domains")
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String parentCode,
            @RequestParam(required = false) String nameEn, @RequestParam(required = false) String nameZh,
            @RequestParam(required = false) String position, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = CurrentActor.get();
        Integer pos = number(position);
        RiskDomainEntry draft = new RiskDomainEntry(code, parentCode, nameEn, nameZh, pos == null ? 0 : pos, true);
        try {
            domains.add(actor, draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/risks/domains";
        } catch (BadInputException e) {
            model.addAttribute("problems", problemTexts.lines(e.problems(), locale));
            model.addAttribute("draft", draft);
            model(model, actor);
            return "taxonomy/domains";
        }
    }

    @PostMapping("/risks/domains/{code}")
    String update(@PathVariable String code, @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String nameZh, @RequestParam(required = false) String position,
            @RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = CurrentActor.get();
        try {
            domains.update(actor, code, nameEn == null ? "" : nameEn, nameZh == null ? "" : nameZh, number(position),
                    active);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/risks/domains";
        } catch (BadInputException e) {
            model.addAttribute("problems", problemTexts.lines(e.problems(), locale));
            model(model, actor);
            return "taxonomy/domains";
        }
    }

    private void model(Model model, Actor actor) {
        model.addAttribute("navSection", "risks");
        List<RiskDomainEntry> all = domains.all();
        model.addAttribute("domains", all);
        model.addAttribute("parents", all.stream().filter(d -> d.parentCode() == null && d.active()).toList());
        model.addAttribute("mayAdminister", domains.mayAdminister(actor));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new RiskDomainEntry("", "", "", "", 0, true));
        }
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
