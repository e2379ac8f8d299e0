package org.rampart.risk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.rampart.risk.Assessment;
import org.rampart.risk.Risk;
import org.rampart.risk.RiskFilter;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskManagement;
import org.rampart.risk.RiskPolicy;
import org.rampart.risk.RiskMatrix;
import org.rampart.risk.RiskStatus;
import org.rampart.risk.Treatment;
import org.rampart.risk.TreatmentStatus;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemTexts;
import org.rampart.taxonomy.RiskDomainEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages: the register, a risk with its trend, assessments and treatments, and the create and edit forms. The changes
 * posted from a risk's page are {@link RiskActionController}'s.
 */
@Controller
class RiskPageController {

    static final List<String> SORTS = List.of("code", "title", "-level", "-residual", "nextReview", "-updated", "domain",
            "status", "jurisdiction");

    private final RiskManagement risks;
    private final JurisdictionManagement jurisdictions;
    private final ProblemTexts problemTexts;
    private final MessageSource messages;
    private final JsonMapper json;

    private final RiskPolicy policy;

    RiskPageController(RiskManagement risks, JurisdictionManagement jurisdictions, ProblemTexts problemTexts,
            MessageSource messages, JsonMapper json, RiskPolicy policy) {
        this.policy = policy;
        this.risks = risks;
        this.jurisdictions = jurisdictions;
        this.problemTexts = problemTexts;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/risks")
    String list(RiskApiController.RiskQuery query, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        Actor actor = CurrentActor.get();
        RiskFilter filter = query.filter();
        Page<Risk> found;
        try {
            found = risks.search(actor, filter, new PageQuery(Math.max(0, page), 50));
        } catch (BadInputException e) {
            model.addAttribute("problems", problemTexts.lines(e.problems(), locale));
            found = new Page<>(List.of(), 0, 50, 0);
        }
        model.addAttribute("navSection", "risks");
        model.addAttribute("f", filter);
        model.addAttribute("risks", found);
        model.addAttribute("today", risks.today());
        model.addAttribute("domains", risks.domains());
        model.addAttribute("domainNames", domainNames(locale));
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("sorts", SORTS);
        model.addAttribute("mayEdit", risks.mayEdit(actor));
        UriComponentsBuilder link = filterLink("/risks", filter);
        model.addAttribute("pageLink", link.cloneBuilder().queryParam("page", "").build().encode().toUriString());
        model.addAttribute("exportCsv", filterLink("/risks/export", filter).queryParam("format", "csv").build().encode()
                .toUriString());
        model.addAttribute("exportXlsx", filterLink("/risks/export", filter).queryParam("format", "xlsx").build().encode()
                .toUriString());
        return "risk/list";
    }

    static UriComponentsBuilder filterLink(String path, RiskFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        add(b, "q", f.q());
        add(b, "domain", f.domain());
        add(b, "level", f.level());
        add(b, "status", f.status());
        add(b, "jurisdiction", f.jurisdiction());
        add(b, "ownerUnit", f.ownerUnit());
        add(b, "bottomLine", f.bottomLine());
        add(b, "overdueReview", f.overdueReview());
        add(b, "reassessmentNeeded", f.reassessmentNeeded());
        add(b, "sort", f.sort());
        return b;
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value);
        }
    }

    Map<String, String> domainNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (RiskDomainEntry d : risks.domains()) {
            names.put(d.code(), d.name(locale));
        }
        return names;
    }

    // --- create and edit ---

    @GetMapping("/risks/new")
    String newForm(Model model, Locale locale) {
        Actor actor = requireEditor();
        List<Jurisdiction> roots = jurisdictions.roots(actor);
        formModel(model, RiskForm.empty(roots.isEmpty() ? "" : roots.get(0).code()), false, null, locale);
        return "risk/form";
    }

    @PostMapping("/risks/new")
    String create(RiskForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            Risk created = risks.create(CurrentActor.get(), form.draft(null));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/risks/" + created.code();
        } catch (BadInputException e) {
            formModel(model, form, false, problemTexts.lines(e.problems(), locale), locale);
            return "risk/form";
        }
    }

    @GetMapping("/risks/{code}/edit")
    String editForm(@PathVariable String code, Model model, Locale locale) {
        Actor actor = requireEditor();
        formModel(model, RiskForm.of(risks.get(actor, code)), true, null, locale);
        return "risk/form";
    }

    @PostMapping("/risks/{code}/edit")
    String update(@PathVariable String code, RiskForm form, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = CurrentActor.get();
        Risk current = risks.get(actor, code);
        try {
            risks.update(actor, code, form.draft(current.nextReviewDate().toString()), form.cleared());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/risks/" + code;
        } catch (BadInputException e) {
            RiskForm shown = new RiskForm(code, form.titleEn(), form.titleZh(), form.descriptionEn(), form.descriptionZh(),
                    form.domain(), current.jurisdictionCode(), form.ownerUnit(), form.causes(), form.consequences(),
                    form.controls(), form.bottomLine(), form.likelihood(), form.impact(), form.residualLikelihood(),
                    form.residualImpact(), form.targetLevel(), form.reviewFrequencyDays(), form.nextReviewDate(),
                    form.indicators(), form.tags(), form.reason());
            formModel(model, shown, true, problemTexts.lines(e.problems(), locale), locale);
            return "risk/form";
        }
    }

    private Actor requireEditor() {
        Actor actor = CurrentActor.get();
        policy.requireEditor(actor);
        return actor;
    }

    private void formModel(Model model, RiskForm form, boolean editing, List<String> problems, Locale locale) {
        model.addAttribute("navSection", "risks");
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("domains", risks.domains());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("problems", problems);
        matrixModel(model, risks.matrix(), locale);
    }

    static void matrixModel(Model model, RiskMatrix matrix, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        model.addAttribute("steps", IntStream.rangeClosed(1, matrix.size()).boxed().toList());
        model.addAttribute("likelihoodLabels", matrix.likelihoodLabels().stream().map(l -> zh ? l.zh() : l.en()).toList());
        model.addAttribute("impactLabels", matrix.impactLabels().stream().map(l -> zh ? l.zh() : l.en()).toList());
    }

    // --- one risk ---

    /**
     * A risk's page; {@code treatment} names the treatment action shown as an edit form in its row (editors of an
     * open risk only), with what was posted when the last try was refused.
     */
    @GetMapping("/risks/{code}")
    String detail(@PathVariable String code, @RequestParam(required = false) Long treatment, Model model,
            Locale locale) {
        Actor actor = CurrentActor.get();
        Risk risk = risks.get(actor, code);
        List<Assessment> assessments = risks.assessments(actor, code);
        RiskMatrix matrix = risks.matrix();
        List<Treatment> treatments = risks.treatments(actor, code);
        boolean mayEdit = risks.mayEdit(actor);
        Treatment editing = treatment == null || !mayEdit || risk.status() == RiskStatus.CLOSED ? null
                : treatments.stream().filter(t -> t.id() == treatment).findFirst().orElse(null);
        model.addAttribute("navSection", "risks");
        model.addAttribute("risk", risk);
        model.addAttribute("today", risks.today());
        model.addAttribute("domainNames", domainNames(locale));
        model.addAttribute("assessmentsNewestFirst", reversed(assessments));
        model.addAttribute("treatments", treatments);
        model.addAttribute("treatmentStatuses", TreatmentStatus.values());
        if (editing != null) {
            model.addAttribute("editTreatment", editing.id());
            if (!(model.getAttribute("treatmentForm") instanceof RiskActionController.TreatmentForm)) {
                model.addAttribute("treatmentForm", RiskActionController.TreatmentForm.of(editing));
            }
        }
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("nextStatuses", Arrays.stream(RiskStatus.values()).filter(risk.status()::mayMoveTo).toList());
        List<Map<String, Object>> trend = new ArrayList<>();
        for (Assessment a : assessments) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("t", a.assessedAt().toString());
            p.put("s", a.score());
            p.put("l", a.level().name());
            p.put("rs", a.residualScore());
            p.put("rl", a.residualLevel() == null ? null : a.residualLevel().name());
            trend.add(p);
        }
        model.addAttribute("trendJson", json.writeValueAsString(trend));
        List<Map<String, Object>> bands = new ArrayList<>();
        RiskLevel[] levels = RiskLevel.values();
        for (int n = 0; n < levels.length; n++) {
            Integer from = matrix.bands().get(levels[n]);
            int to = n + 1 < levels.length ? matrix.bands().get(levels[n + 1]) - 1 : matrix.size() * matrix.size();
            bands.add(Map.of("level", levels[n].name(), "from", from, "to", to, "colour", levels[n].colour()));
        }
        model.addAttribute("bandsJson", json.writeValueAsString(bands));
        model.addAttribute("levelNames", String.join(",", Arrays.stream(levels)
                .map(l -> messages.getMessage("risk.level." + l.name(), null, l.name(), locale)).toList()));
        matrixModel(model, matrix, locale);
        return "risk/detail";
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
