package org.rampart.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.SubTaskDraft;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new-task form (units offered as the assigner types, from the assigning jurisdiction and the level below), and
 * the cascade form that splits a task into one sub-task per unit of the same kind in each jurisdiction below.
 */
@Controller
class TaskFormController {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_CHILDREN = 500;

    private final TaskManagement tasks;
    private final JurisdictionManagement jurisdictions;
    private final TaskPages pages;

    TaskFormController(TaskManagement tasks, JurisdictionManagement jurisdictions, TaskPages pages) {
        this.tasks = tasks;
        this.jurisdictions = jurisdictions;
        this.pages = pages;
    }

    private void requireAssign(Actor actor) {
        if (!tasks.policy().mayAssign(actor)) {
            throw new AccessDeniedException("assigning tasks needs the role ADMINISTRATOR, COORDINATOR or OFFICER");
        }
    }

    @GetMapping("/supervision/tasks/new")
    String form(Model model) {
        Actor actor = CurrentActor.get();
        requireAssign(actor);
        Jurisdiction home = jurisdictions.roots(actor).stream().findFirst().orElse(null);
        String assigningUnit = actor.unitId() == null || home == null ? null : jurisdictions.units(actor, home.code())
                .stream().filter(u -> u.id() == actor.unitId()).map(Unit::code).findFirst().orElse(null);
        formModel(model, actor, TaskForm.empty(home == null ? null : home.code(), assigningUnit,
                tasks.today().plusDays(DEFAULT_DAYS)), null);
        return "supervision/new";
    }

    @PostMapping("/supervision/tasks/new")
    String create(TaskForm form, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        requireAssign(actor);
        List<Problem> problems = new ArrayList<>();
        var draft = form.draft(problems);
        try {
            BadInputException.throwIfAny(problems);
            Task created = tasks.assign(actor, draft);
            redirect.addFlashAttribute("done", "assigned");
            return "redirect:/supervision/tasks/" + created.id();
        } catch (BadInputException e) {
            formModel(model, actor, form, e.problems());
            return "supervision/new";
        }
    }

    private void formModel(Model model, Actor actor, TaskForm form, List<Problem> problems) {
        model.addAttribute("navSection", "supervision");
        model.addAttribute("form", form);
        model.addAttribute("sources", TaskSource.values());
        model.addAttribute("priorities", TaskPriority.values());
        model.addAttribute("units", unitOptions(actor, form.jurisdiction()));
        model.addAttribute("milestoneRows", java.util.stream.IntStream.range(0, TaskForm.MILESTONE_ROWS).boxed().toList());
        model.addAttribute("problems", problems);
        model.addAttribute("problemLines", pages.lines(problems,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    /** The units of a jurisdiction in scope and of its children: what a task assigned there may name. */
    List<Unit> unitOptions(Actor actor, String code) {
        List<Unit> out = new ArrayList<>();
        if (code == null || code.isBlank() || jurisdictions.find(actor, code.trim()).isEmpty()) {
            return out;
        }
        out.addAll(jurisdictions.units(actor, code.trim()));
        for (Jurisdiction child : jurisdictions.children(actor, code.trim(), new PageQuery(0, MAX_CHILDREN)).items()) {
            out.addAll(jurisdictions.units(actor, child.code()));
        }
        out.removeIf(u -> !u.active());
        return out;
    }

    /** The unit choices (a datalist's options) for the jurisdiction typed into the form; swapped in by htmx. */
    @GetMapping("/supervision/units/options")
    String options(@RequestParam(required = false) String jurisdiction, Model model) {
        model.addAttribute("units", unitOptions(CurrentActor.get(), jurisdiction));
        return "supervision/fragments :: unitOptions";
    }

    // --- cascade ---

    /** A candidate sub-task of the cascade form: a jurisdiction below and its unit of the lead unit's kind. */
    record Candidate(Jurisdiction jurisdiction, Unit unit) {
    }

    @GetMapping("/supervision/tasks/{id}/split")
    String splitForm(@PathVariable long id, Model model, Locale locale) {
        splitModel(CurrentActor.get(), id, model, null);
        return "supervision/split";
    }

    private void splitModel(Actor actor, long id, Model model, List<Problem> problems) {
        Task task = tasks.get(actor, id);
        if (!tasks.policy().maySplit(actor, task)) {
            throw new AccessDeniedException("only the lead unit or its supervisors split a task");
        }
        String kind = jurisdictions.findUnit(Actor.system(), task.leadUnit().code()).map(Unit::kind).orElse(null);
        List<Candidate> candidates = new ArrayList<>();
        String below = task.leadUnit().jurisdictionCode();
        if (jurisdictions.find(actor, below).isPresent()) {
            for (Jurisdiction child : jurisdictions.children(actor, below, new PageQuery(0, MAX_CHILDREN)).items()) {
                List<Unit> units = jurisdictions.units(actor, child.code()).stream().filter(Unit::active).toList();
                Unit same = units.stream().filter(u -> u.kind().equals(kind)).findFirst().orElse(null);
                if (same != null) {
                    candidates.add(new Candidate(child, same));
                }
            }
        }
        model.addAttribute("navSection", "supervision");
        model.addAttribute("task", task);
        model.addAttribute("candidates", candidates);
        model.addAttribute("problems", problems);
        model.addAttribute("problemLines", pages.lines(problems,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    @PostMapping("/supervision/tasks/{id}/split")
    String split(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(name = "unit", required = false) List<String> units,
            @RequestParam(required = false) String deadline, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        List<Problem> problems = new ArrayList<>();
        java.time.LocalDate due = org.rampart.shared.Checks.date("deadline", deadline, false, problems);
        try {
            BadInputException.throwIfAny(problems);
            List<SubTaskDraft> items = (units == null ? List.<String>of() : units).stream()
                    .map(u -> new SubTaskDraft(u, null, due, null, null, null)).toList();
            List<Task> created = tasks.split(actor, id, TaskWebSupport.version(version), items);
            redirect.addFlashAttribute("done", "split");
            redirect.addFlashAttribute("doneCount", created.size());
            return "redirect:/supervision/tasks/" + id + "/tree";
        } catch (BadInputException e) {
            splitModel(actor, id, model, e.problems());
            return "supervision/split";
        } catch (org.rampart.shared.ConflictException e) {
            splitModel(actor, id, model, null);
            model.addAttribute("stale", true);
            return "supervision/split";
        }
    }
}
