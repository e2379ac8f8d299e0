package org.rampart.warning.web;

import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.Aggregate;
import org.rampart.warning.Comparison;
import org.rampart.warning.Direction;
import org.rampart.warning.Rule;
import org.rampart.warning.RuleType;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningManagement;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rule pages: the list, the create form and the edit form with the version history. */
@Controller
class RulePageController {

    private final WarningManagement warnings;
    private final ProblemTexts texts;
    private final DomainManagement domains;

    RulePageController(WarningManagement warnings, ProblemTexts texts, DomainManagement domains) {
        this.warnings = warnings;
        this.domains = domains;
        this.texts = texts;
    }

    @GetMapping("/rules")
    String list(@RequestParam(required = false) String indicator, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "rules");
        model.addAttribute("rules", warnings.rules(actor, indicator));
        model.addAttribute("indicator", indicator == null ? "" : indicator);
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("canEdit", warnings.mayEdit(actor));
        return "warning/rules";
    }

    @GetMapping("/rules/new")
    String newForm(Model model) {
        requireEditor();
        return form(model, null, RuleForm.empty(), FieldErrors.NONE);
    }

    @PostMapping("/rules/new")
    String create(RuleForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Rule created = warnings.create(CurrentActor.get(), form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/rules/" + created.code();
        } catch (BadInputException e) {
            return form(model, null, form, FieldErrors.of(e.problems(), texts, locale));
        }
    }

    @GetMapping("/rules/{code}")
    String edit(@PathVariable String code, Model model) {
        Rule rule = warnings.rule(CurrentActor.get(), code);
        return form(model, rule, RuleForm.of(rule), FieldErrors.NONE);
    }

    @PostMapping("/rules/{code}")
    String update(@PathVariable String code, RuleForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            Rule after = warnings.update(CurrentActor.get(), code, form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/rules/" + after.code();
        } catch (BadInputException e) {
            return form(model, warnings.rule(CurrentActor.get(), code), form, FieldErrors.of(e.problems(), texts, locale));
        }
    }

    private void requireEditor() {
        if (!warnings.mayEdit(CurrentActor.get())) {
            throw new AccessDeniedException("rules apply to the whole tree: only its coordinators may edit them");
        }
    }

    private String form(Model model, Rule rule, RuleForm form, FieldErrors errors) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "rules");
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", warnings.mayEdit(actor));
        model.addAttribute("history", rule == null ? List.of() : warnings.history(actor, rule.code()));
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("domains", domains.choices(form == null ? null : RiskDomain.of(form.domain())));
        model.addAttribute("types", RuleType.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("aggregates", Aggregate.values());
        model.addAttribute("comparisons", Comparison.values());
        return "warning/rule-form";
    }
}
