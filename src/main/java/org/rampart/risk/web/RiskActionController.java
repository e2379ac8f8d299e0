package org.rampart.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.rampart.risk.AssessmentDraft;
import org.rampart.risk.RiskConflict;
import org.rampart.risk.RiskManagement;
import org.rampart.risk.Treatment;
import org.rampart.risk.TreatmentDraft;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The changes posted from a risk's page (re-assess, change the status, record a review, add and change treatment
 * actions): each comes back to the page, with what was refused in the reader's language.
 */
@Controller
class RiskActionController {

    private final RiskManagement risks;
    private final ProblemTexts problemTexts;
    private final MessageSource messages;

    RiskActionController(RiskManagement risks, ProblemTexts problemTexts, MessageSource messages) {
        this.risks = risks;
        this.problemTexts = problemTexts;
        this.messages = messages;
    }

    @PostMapping("/risks/{code}/assess")
    String assess(@PathVariable String code, @RequestParam(required = false) String likelihood,
            @RequestParam(required = false) String impact, @RequestParam(required = false) String residualLikelihood,
            @RequestParam(required = false) String residualImpact, @RequestParam(required = false) String controls,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(code, redirect, locale, () -> {
            List<Problem> problems = new ArrayList<>();
            AssessmentDraft draft = new AssessmentDraft(RiskForm.whole("likelihood", likelihood, problems),
                    RiskForm.whole("impact", impact, problems),
                    RiskForm.whole("residualLikelihood", residualLikelihood, problems),
                    RiskForm.whole("residualImpact", residualImpact, problems), controls, reason);
            BadInputException.throwIfAny(problems);
            risks.assess(CurrentActor.get(), code, draft);
        });
    }

    @PostMapping("/risks/{code}/status")
    String status(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(code, redirect, locale, () -> risks.move(CurrentActor.get(), code, status, reason));
    }

    @PostMapping("/risks/{code}/review")
    String review(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        return act(code, redirect, locale, () -> risks.review(CurrentActor.get(), code, null));
    }

    @PostMapping("/risks/{code}/treatments")
    String addTreatment(@PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String ownerUnit, @RequestParam(required = false) String dueDate,
            RedirectAttributes redirect, Locale locale) {
        return act(code, redirect, locale, e -> treatmentProblems(e, locale), () -> risks.addTreatment(
                CurrentActor.get(), code, new TreatmentDraft(title, ownerUnit, dueDate, null, null)));
    }

    /** A treatment action's title, owner unit, due date and status as posted from its row; null members keep. */
    record TreatmentForm(String title, String ownerUnit, String dueDate, String status) {

        static TreatmentForm of(Treatment t) {
            return new TreatmentForm(t.title(), t.ownerUnitCode() == null ? "" : t.ownerUnitCode(),
                    t.dueDate().toString(), t.status().name());
        }
    }

    /**
     * Change a treatment action; when refused, come back to its edit form with what was posted, or to the risk with
     * the conflict (a closed risk) as its message.
     */
    @PostMapping("/risks/{code}/treatments/{id}")
    String updateTreatment(@PathVariable String code, @PathVariable long id, TreatmentForm form,
            RedirectAttributes redirect, Locale locale) {
        try {
            risks.updateTreatment(CurrentActor.get(), code, id,
                    new TreatmentDraft(form.title(), form.ownerUnit(), form.dueDate(), form.status(), null));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/risks/" + code + "#treatment-" + id;
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problems", treatmentProblems(e, locale));
            redirect.addFlashAttribute("treatmentForm", form);
            return "redirect:/risks/" + code + "?treatment=" + id;
        } catch (RiskConflict e) {
            redirect.addFlashAttribute("problems", List.of(conflict(e, locale)));
            return "redirect:/risks/" + code;
        }
    }

    /**
     * The problems of a treatment action in the reader's language. Its "title" and "status" get names of their own
     * first, because field labels are shared by all modules and those two names mean other things elsewhere.
     */
    private List<String> treatmentProblems(BadInputException e, Locale locale) {
        return problemTexts.lines(e.problems().stream().map(p -> switch (p.field() == null ? "" : p.field()) {
            case "title" -> p.withField("treatmentTitle");
            case "status" -> p.withField("treatmentStatus");
            default -> p;
        }).toList(), locale);
    }

    /**
     * A refused change in the reader's language. The risk page names its own risk, so a closed or meanwhile changed
     * risk is said without its code; other refusals give the text of their code.
     */
    private String conflict(RiskConflict e, Locale locale) {
        String code = e.problem().code();
        if (code.startsWith("risk.closed.")) {
            return messages.getMessage("risk.problem.closed", null, locale);
        }
        if (code.equals("risk.changed-meanwhile")) {
            return messages.getMessage("risk.problem.changed", null, locale);
        }
        return problemTexts.reason(e.problem(), locale);
    }

    /** Run a change from the risk page and come back to it, with the problems or conflict when it was refused. */
    private String act(String code, RedirectAttributes redirect, Locale locale, Runnable change) {
        return act(code, redirect, locale, e -> problemTexts.lines(e.problems(), locale), change);
    }

    private String act(String code, RedirectAttributes redirect, Locale locale,
            Function<BadInputException, List<String>> problems, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problems", problems.apply(e));
        } catch (RiskConflict e) {
            redirect.addFlashAttribute("problems", List.of(conflict(e, locale)));
        }
        return "redirect:/risks/" + code;
    }
}
