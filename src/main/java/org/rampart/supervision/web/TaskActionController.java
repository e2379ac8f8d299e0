package org.rampart.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.ConflictException;
import org.rampart.shared.CurrentActor;
import org.rampart.supervision.TaskManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the task page, one per action. A refused form shows the task page again with the problems next to the
 * action's form; a stale version (someone changed the task meanwhile) shows the current task with a notice.
 */
@Controller
class TaskActionController {

    private final TaskManagement tasks;
    private final TaskPages pages;

    TaskActionController(TaskManagement tasks, TaskPages pages) {
        this.tasks = tasks;
        this.pages = pages;
    }

    private String run(long id, String action, Model model, RedirectAttributes redirect, Locale locale,
            Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("done", action);
            return "redirect:/supervision/tasks/" + id;
        } catch (BadInputException e) {
            pages.detail(CurrentActor.get(), id, model, action, e.problems(), false, locale);
            return "supervision/task";
        } catch (ConflictException e) {
            pages.detail(CurrentActor.get(), id, model, action, null, true, locale);
            return "supervision/task";
        }
    }

    private static Actor actor() {
        return CurrentActor.get();
    }

    @PostMapping("/supervision/tasks/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes redirect, Locale locale) {
        return run(id, "accept", model, redirect, locale,
                () -> tasks.accept(actor(), id, TaskWebSupport.version(version)));
    }

    @PostMapping("/supervision/tasks/{id}/milestones/{milestoneId}/done")
    String milestoneDone(@PathVariable long id, @PathVariable long milestoneId,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "milestone", model, redirect, locale,
                () -> tasks.markMilestoneDone(actor(), id, milestoneId, TaskWebSupport.version(version)));
    }

    @PostMapping("/supervision/tasks/{id}/object")
    String object(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String objectionType, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "object", model, redirect, locale,
                () -> tasks.object(actor(), id, TaskWebSupport.version(version), objectionType, reason));
    }

    @PostMapping("/supervision/tasks/{id}/reassign")
    String reassign(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String leadUnit, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "reassign", model, redirect, locale,
                () -> tasks.reassign(actor(), id, TaskWebSupport.version(version), leadUnit, reason));
    }

    @PostMapping("/supervision/tasks/{id}/insist")
    String insist(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "insist", model, redirect, locale,
                () -> tasks.insist(actor(), id, TaskWebSupport.version(version), reason));
    }

    @PostMapping("/supervision/tasks/{id}/progress")
    String progress(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String percent, @RequestParam(required = false) String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect, Locale locale) {
        return run(id, "progress", model, redirect, locale, () -> {
            List<Problem> problems = new ArrayList<>();
            Long pct = Checks.whole("percent", percent, 0, 100, false, problems);
            BadInputException.throwIfAny(problems);
            return tasks.reportProgress(actor(), id, TaskWebSupport.version(version),
                    pct == null ? null : pct.intValue(), text, TaskWebSupport.uploads(files));
        });
    }

    @PostMapping("/supervision/tasks/{id}/extension")
    String extension(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String newDeadline, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "extension", model, redirect, locale, () -> {
            List<Problem> problems = new ArrayList<>();
            var date = Checks.date("newDeadline", newDeadline, true, problems);
            BadInputException.throwIfAny(problems);
            return tasks.requestExtension(actor(), id, TaskWebSupport.version(version), date, reason);
        });
    }

    @PostMapping("/supervision/tasks/{id}/extension-decision")
    String decideExtension(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "decideExtension", model, redirect, locale,
                () -> tasks.decideExtension(actor(), id, TaskWebSupport.version(version), "approve".equals(decision),
                        reason));
    }

    @PostMapping("/supervision/tasks/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect, Locale locale) {
        return run(id, "submit", model, redirect, locale, () -> tasks.submit(actor(), id,
                TaskWebSupport.version(version), text, TaskWebSupport.uploads(files)));
    }

    @PostMapping("/supervision/tasks/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "verify", model, redirect, locale,
                () -> tasks.verify(actor(), id, TaskWebSupport.version(version), note));
    }

    @PostMapping("/supervision/tasks/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "sendBack", model, redirect, locale,
                () -> tasks.sendBack(actor(), id, TaskWebSupport.version(version), reason));
    }

    @PostMapping("/supervision/tasks/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String titleEn, @RequestParam(required = false) String titleZh,
            @RequestParam(required = false) String description, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String evidenceRequired, Model model, RedirectAttributes redirect,
            Locale locale) {
        return run(id, "edit", model, redirect, locale, () -> {
            List<Problem> problems = new ArrayList<>();
            org.rampart.supervision.TaskPriority p = Checks.oneOf("priority", priority,
                    org.rampart.supervision.TaskPriority.class, false, problems);
            BadInputException.throwIfAny(problems);
            return tasks.edit(actor(), id, TaskWebSupport.version(version), new org.rampart.supervision.TaskEdit(titleEn,
                    titleZh, description, p, evidenceRequired));
        });
    }

    @PostMapping("/supervision/tasks/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "cancel", model, redirect, locale,
                () -> tasks.cancel(actor(), id, TaskWebSupport.version(version), reason));
    }

    @PostMapping("/supervision/tasks/{id}/instruct")
    String instruct(@PathVariable long id, @RequestParam(required = false) String leader,
            @RequestParam(required = false) String text, @RequestParam(required = false) String progressEventId,
            Model model, RedirectAttributes redirect, Locale locale) {
        return run(id, "instruct", model, redirect, locale, () -> {
            List<Problem> problems = new ArrayList<>();
            Long about = Checks.whole("progressEventId", progressEventId, 1, Long.MAX_VALUE, false, problems);
            BadInputException.throwIfAny(problems);
            return tasks.instruct(actor(), id, leader, text, about);
        });
    }
}
