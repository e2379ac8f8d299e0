package org.rampart.jurisdiction.web;

import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionDraft;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the searchable tree, a jurisdiction with its children, units and map, and the administrator's forms. */
@Controller
class JurisdictionPageController {

    private static final int CHILD_PAGE = 200;

    private final JurisdictionManagement jurisdictions;

    JurisdictionPageController(JurisdictionManagement jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/jurisdictions")
    String tree(@RequestParam(required = false) String q, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "jurisdictions");
        var roots = jurisdictions.roots(actor);
        model.addAttribute("children", new org.rampart.shared.Page<>(roots, 0, roots.size(), roots.size()));
        model.addAttribute("q", q);
        model.addAttribute("levels", jurisdictions.levels());
        model.addAttribute("mayImport", jurisdictions.policy().mayEdit(actor));
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", jurisdictions.search(actor, q, null, new PageQuery(0, 50)));
        }
        return "jurisdiction/tree";
    }

    @GetMapping("/jurisdictions/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("levels", jurisdictions.levels());
        model.addAttribute("results", jurisdictions.search(CurrentActor.get(), q, null, new PageQuery(0, 50)));
        return "jurisdiction/tree :: results";
    }

    @GetMapping("/jurisdictions/{code}/children")
    String children(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("children", jurisdictions.children(CurrentActor.get(), code, new PageQuery(page, CHILD_PAGE)));
        model.addAttribute("parentCode", code);
        model.addAttribute("levels", jurisdictions.levels());
        return "jurisdiction/tree :: children";
    }

    @GetMapping("/jurisdictions/{code}")
    String detail(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        Jurisdiction j = jurisdictions.get(actor, code);
        model.addAttribute("navSection", "jurisdictions");
        model.addAttribute("j", j);
        model.addAttribute("ancestors", jurisdictions.ancestors(actor, j));
        model.addAttribute("children", jurisdictions.children(actor, code, new PageQuery(page, 100)));
        model.addAttribute("units", jurisdictions.units(actor, code));
        model.addAttribute("figures", jurisdictions.figures(actor, code));
        model.addAttribute("levels", jurisdictions.levels());
        model.addAttribute("levelName", jurisdictions.levelName(j.level(), null));
        model.addAttribute("mayEdit", jurisdictions.policy().mayEdit(actor));
        model.addAttribute("mayMove", jurisdictions.policy().mayMove(actor, j));
        model.addAttribute("mayDeactivate", jurisdictions.policy().mayDeactivate(actor, j));
        return "jurisdiction/detail";
    }

    @GetMapping("/jurisdictions/new")
    String newForm(@RequestParam(required = false) String parent, Model model) {
        Actor actor = CurrentActor.get();
        if (parent != null) {
            model.addAttribute("parent", jurisdictions.get(actor, parent));
        }
        jurisdictions.policy().requireEdit(actor);
        model.addAttribute("navSection", "jurisdictions");
        model.addAttribute("form", new JurisdictionDraft(null, parent, null, null, null, null, null));
        model.addAttribute("editing", false);
        return "jurisdiction/form";
    }

    @PostMapping("/jurisdictions/new")
    String create(JurisdictionForm form, Model model, RedirectAttributes redirect) {
        try {
            Jurisdiction created = jurisdictions.create(CurrentActor.get(), form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/jurisdictions/" + created.code();
        } catch (BadInputException e) {
            model.addAttribute("navSection", "jurisdictions");
            model.addAttribute("form", form.safeDraft());
            model.addAttribute("editing", false);
            model.addAttribute("problems", e.problems());
            return "jurisdiction/form";
        }
    }

    @GetMapping("/jurisdictions/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        Actor actor = CurrentActor.get();
        // not found first: outside the scope answers like a code that does not exist, whoever asks
        Jurisdiction j = jurisdictions.get(actor, code);
        jurisdictions.policy().requireEdit(actor);
        model.addAttribute("navSection", "jurisdictions");
        model.addAttribute("j", j);
        model.addAttribute("form", new JurisdictionDraft(j.code(), j.parentCode(), j.level(), j.nameEn(), j.nameZh(),
                j.population(), null));
        model.addAttribute("editing", true);
        model.addAttribute("candidates", jurisdictions.levels());
        return "jurisdiction/form";
    }

    @PostMapping("/jurisdictions/{code}/edit")
    String update(@PathVariable String code, JurisdictionForm form, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            jurisdictions.update(actor, code, form.draft(), form.clearBoundary());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/jurisdictions/" + code;
        } catch (BadInputException e) {
            model.addAttribute("navSection", "jurisdictions");
            model.addAttribute("j", jurisdictions.get(actor, code));
            model.addAttribute("form", form.safeDraft());
            model.addAttribute("editing", true);
            model.addAttribute("problems", e.problems());
            return "jurisdiction/form";
        }
    }

    @PostMapping("/jurisdictions/{code}/move")
    String move(@PathVariable String code, @RequestParam String parentCode, RedirectAttributes redirect) {
        try {
            jurisdictions.move(CurrentActor.get(), code, parentCode.trim());
            redirect.addFlashAttribute("saved", true);
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/jurisdictions/" + code;
    }

    @PostMapping("/jurisdictions/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        Jurisdiction j = jurisdictions.deactivate(CurrentActor.get(), code);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/jurisdictions/" + (j.parentCode() != null ? j.parentCode() : "");
    }

    @GetMapping("/units")
    String units(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("navSection", "units");
        model.addAttribute("units", jurisdictions.unitsInScope(CurrentActor.get(), new PageQuery(page, 100)));
        return "jurisdiction/units";
    }

    /** The fields of the create and edit forms. */
    record JurisdictionForm(String code, String parentCode, String nameEn, String nameZh, String population,
            String boundary, Boolean clearBoundaryFlag) {

        JurisdictionDraft draft() {
            Long pop = null;
            if (population != null && !population.isBlank()) {
                try {
                    pop = Long.valueOf(population.trim().replace(",", ""));
                } catch (NumberFormatException e) {
                    throw BadInputException.of("population", "number.not-whole", population);
                }
            }
            return new JurisdictionDraft(blankToNull(code), blankToNull(parentCode), null, nameEn, nameZh, pop,
                    blankToNull(boundary));
        }

        /** The draft for showing the form again: an unparsable population is left out. */
        JurisdictionDraft safeDraft() {
            try {
                return draft();
            } catch (BadInputException e) {
                return new JurisdictionDraft(blankToNull(code), blankToNull(parentCode), null, nameEn, nameZh, null,
                        blankToNull(boundary));
            }
        }

        boolean clearBoundary() {
            return Boolean.TRUE.equals(clearBoundaryFlag);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
