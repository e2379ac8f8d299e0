package org.rampart.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.CurrentActor;
import org.rampart.supervision.ObjectionType;
import org.rampart.supervision.TaskManagement;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The objection types page: everybody may read them; an administrator of the whole tree adds and changes them. */
@Controller
class ObjectionTypeController {

    private final TaskManagement tasks;
    private final TaskPages pages;

    ObjectionTypeController(TaskManagement tasks, TaskPages pages) {
        this.tasks = tasks;
        this.pages = pages;
    }

    @GetMapping("/supervision/objection-types")
    String list(Model model) {
        model(CurrentActor.get(), model, null, null);
        return "supervision/objection-types";
    }

    private void model(Actor actor, Model model, ObjectionType form, List<Problem> problems) {
        if (!tasks.policy().mayConfigure(actor) && !actor.isAdministrator()) {
            throw new AccessDeniedException("requires the role ADMINISTRATOR");
        }
        model.addAttribute("navSection", "supervision");
        model.addAttribute("types", tasks.objectionTypes(false));
        model.addAttribute("mayConfigure", tasks.policy().mayConfigure(actor));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("problemLines", pages.lines(problems,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    @PostMapping("/supervision/objection-types")
    String save(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String nameZh, @RequestParam(required = false) String position,
            @RequestParam(required = false) String active, Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = CurrentActor.get();
        List<Problem> problems = new ArrayList<>();
        Long pos = Checks.whole("position", position, 0, 10_000, false, problems);
        ObjectionType form = new ObjectionType(code == null ? null : code.trim().toUpperCase(Locale.ROOT), nameEn,
                nameZh, pos == null ? 0 : pos.intValue(), active != null);
        try {
            BadInputException.throwIfAny(problems);
            tasks.saveObjectionType(actor, form);
            redirect.addFlashAttribute("saved", form.code());
            return "redirect:/supervision/objection-types";
        } catch (BadInputException e) {
            model(actor, model, form, e.problems());
            return "supervision/objection-types";
        }
    }
}
