package org.rampart.indicator.web;

import java.util.List;
import java.util.Locale;
import org.rampart.indicator.Completeness;
import org.rampart.indicator.Indicator;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.indicator.IndicatorPolicy;
import org.rampart.indicator.ObservationManagement;
import org.rampart.indicator.PeriodType;
import org.rampart.indicator.Aggregation;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.taxonomy.RiskDomainEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the indicator list, the definition forms, and an indicator's chart, map and completeness table. */
@Controller
class IndicatorPageController {

    private final IndicatorPolicy policy;
    private final IndicatorManagement indicators;
    private final ObservationManagement observations;
    private final JurisdictionManagement jurisdictions;
    private final DomainManagement domains;
    private final ProblemTexts texts;
    private final IndicatorProblems labels;

    IndicatorPageController(IndicatorManagement indicators, ObservationManagement observations,
            JurisdictionManagement jurisdictions, DomainManagement domains, ProblemTexts texts,
            IndicatorProblems labels, IndicatorPolicy policy) {
        this.policy = policy;
        this.indicators = indicators;
        this.observations = observations;
        this.jurisdictions = jurisdictions;
        this.domains = domains;
        this.texts = texts;
        this.labels = labels;
    }

    @GetMapping("/indicators")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        RiskDomain d = domains.find(RiskDomain.of(domain)).map(RiskDomainEntry::domain).orElse(null);
        model.addAttribute("navSection", "indicators");
        model.addAttribute("q", q);
        model.addAttribute("domain", d == null ? null : d.name());
        model.addAttribute("domains", domains.all());
        model.addAttribute("indicators", indicators.search(q, d, new PageQuery(Math.max(0, page), 50)));
        model.addAttribute("mayEdit", indicators.mayEdit(actor));
        model.addAttribute("maySubmit", observations.maySubmit(actor));
        return "indicator/list";
    }

    @GetMapping("/indicators/new")
    String newForm(Model model) {
        requireEditor();
        formModel(model, IndicatorForm.empty(), false, null);
        return "indicator/form";
    }

    @PostMapping("/indicators/new")
    String create(IndicatorForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            Indicator created = indicators.create(CurrentActor.get(), form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/indicators/" + created.code();
        } catch (BadInputException e) {
            formModel(model, form, false, texts.lines(e.problems(), locale, labels));
            return "indicator/form";
        }
    }

    @GetMapping("/indicators/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        requireEditor();
        formModel(model, IndicatorForm.of(indicators.get(code)), true, null);
        return "indicator/form";
    }

    @PostMapping("/indicators/{code}/edit")
    String update(@PathVariable String code, IndicatorForm form, Model model, RedirectAttributes redirect,
            Locale locale) {
        try {
            indicators.update(CurrentActor.get(), code, form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/indicators/" + code;
        } catch (BadInputException e) {
            IndicatorForm shown = new IndicatorForm(code, form.nameEn(), form.nameZh(), form.domain(), form.unitOfMeasure(),
                    form.periodType(), form.aggregation(), form.responsibleUnitCode(), form.description(), form.source(),
                    form.active());
            formModel(model, shown, true, texts.lines(e.problems(), locale, labels));
            return "indicator/form";
        }
    }

    private void requireEditor() {
        policy.requireEdit(CurrentActor.get());
    }

    /** The form with its choices and, after a refused save, the problems as lines in the reader's language. */
    private void formModel(Model model, IndicatorForm form, boolean editing, List<String> problems) {
        model.addAttribute("navSection", "indicators");
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("domains", domains.choices(RiskDomain.of(form.domain())));
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("problems", problems);
    }

    /** The indicator with its series for one jurisdiction, the map of its children and their completeness. */
    @GetMapping("/indicators/{code}")
    String detail(@PathVariable String code, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer periods, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        Indicator indicator = indicators.get(code);
        Jurisdiction place = jurisdiction == null || jurisdiction.isBlank() ? firstRoot(actor)
                : jurisdictions.get(actor, jurisdiction.trim());
        model.addAttribute("navSection", "indicators");
        model.addAttribute("indicator", indicator);
        model.addAttribute("place", place);
        model.addAttribute("mayEdit", indicators.mayEdit(actor));
        model.addAttribute("maySubmit", observations.maySubmit(actor));
        if (place != null) {
            model.addAttribute("ancestors", jurisdictions.ancestors(actor, place));
            if (place.childCount() > 0) {
                int n = periods == null ? ObservationManagement.DEFAULT_PERIODS : periods;
                Completeness c = observations.completeness(actor, code, place.code(), n);
                model.addAttribute("completeness", c);
                model.addAttribute("periodLabels", c.periods().stream()
                        .map(p -> PeriodLabels.label(indicator.periodType(), p, observations.zone())).toList());
            }
        }
        return "indicator/detail";
    }

    private Jurisdiction firstRoot(Actor actor) {
        List<Jurisdiction> roots = jurisdictions.roots(actor);
        return roots.isEmpty() ? null : roots.get(0);
    }
}
