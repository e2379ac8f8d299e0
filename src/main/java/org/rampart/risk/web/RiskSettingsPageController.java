package org.rampart.risk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.risk.RiskFilter;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskManagement;
import org.rampart.risk.RiskPolicy;
import org.rampart.risk.RiskMatrix;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: reviews due per owner unit and the matrix (changed by administrators). */
@Controller
class RiskSettingsPageController {

    static final int MAX_STEPS = 10;

    private final RiskManagement risks;
    private final ProblemTexts problemTexts;

    private final RiskPolicy policy;

    RiskSettingsPageController(RiskManagement risks, ProblemTexts problemTexts, RiskPolicy policy) {
        this.policy = policy;
        this.risks = risks;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/risks/reviews")
    String reviews(@RequestParam(defaultValue = "30") int days, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        int horizon = Math.max(0, Math.min(366, days));
        model.addAttribute("navSection", "risks");
        model.addAttribute("days", horizon);
        model.addAttribute("units", risks.reviewsDue(actor, horizon));
        model.addAttribute("overdue", risks.search(actor, new RiskFilter(null, null, null, null, null, null, null, true,
                null, "nextReview"), new PageQuery(0, 100)));
        model.addAttribute("today", risks.today());
        return "risk/reviews";
    }

    // --- the matrix ---

    @GetMapping("/risks/matrix")
    String matrix(Model model, Locale locale) {
        matrixModel(model, risks.matrix(), CurrentActor.get(), locale);
        return "risk/matrix";
    }

    @PostMapping("/risks/matrix")
    String saveMatrix(HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = CurrentActor.get();
        policy.requireMatrixEditor(actor);
        List<Problem> unreadable = new ArrayList<>();
        RiskMatrix posted = posted(request, unreadable);
        try {
            BadInputException.throwIfAny(unreadable);
            int changed = risks.updateMatrix(actor, posted);
            redirect.addFlashAttribute("saved", true);
            redirect.addFlashAttribute("recomputed", changed);
            return "redirect:/risks/matrix";
        } catch (BadInputException e) {
            model.addAttribute("problems", problemTexts.lines(e.problems(), locale));
            matrixModel(model, posted, actor, locale);
            return "risk/matrix";
        }
    }

    /** The posted matrix; a size or band that is no whole number is a problem and left out. */
    private static RiskMatrix posted(HttpServletRequest request, List<Problem> problems) {
        Integer size = RiskForm.whole("size", request.getParameter("size"), problems);
        int n = size == null ? 0 : Math.max(0, Math.min(MAX_STEPS, size));
        List<RiskMatrix.Label> likelihood = new ArrayList<>();
        List<RiskMatrix.Label> impact = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            likelihood.add(new RiskMatrix.Label(request.getParameter("l" + i + "en"), request.getParameter("l" + i + "zh")));
            impact.add(new RiskMatrix.Label(request.getParameter("i" + i + "en"), request.getParameter("i" + i + "zh")));
        }
        Map<RiskLevel, Integer> bands = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            Integer from = RiskForm.whole("bands." + level.name(), request.getParameter("band" + level.name()), problems);
            if (from != null) {
                bands.put(level, from);
            }
        }
        return new RiskMatrix(size == null ? 0 : size, likelihood, impact, bands);
    }

    private void matrixModel(Model model, RiskMatrix matrix, Actor actor, Locale locale) {
        model.addAttribute("navSection", "risks");
        model.addAttribute("matrix", matrix);
        model.addAttribute("mayChangeMatrix", policy.mayChangeMatrix(actor));
        model.addAttribute("matrixReadOnlyForScope", policy.matrixReadOnlyForScope(actor));
        model.addAttribute("levels", RiskLevel.values());
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= MAX_STEPS; i++) {
            rows.add(i);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("sizes", List.of(3, 4, 5, 6, 7, 8, 9, 10));
        // The grid shows the saved matrix, or the posted one when it is consistent.
        RiskMatrix grid = matrix.problems().isEmpty() ? matrix : risks.matrix();
        List<Integer> impacts = new ArrayList<>();
        for (int i = 1; i <= grid.size(); i++) {
            impacts.add(i);
        }
        model.addAttribute("grid", grid);
        model.addAttribute("gridSteps", impacts);
        List<Integer> descending = new ArrayList<>(impacts);
        java.util.Collections.reverse(descending);
        model.addAttribute("gridLikelihoodDesc", descending);
        boolean zh = "zh".equals(locale.getLanguage());
        model.addAttribute("gridLikelihoodLabels", grid.likelihoodLabels().stream().map(l -> zh ? l.zh() : l.en()).toList());
        model.addAttribute("gridImpactLabels", grid.impactLabels().stream().map(l -> zh ? l.zh() : l.en()).toList());
    }
}
