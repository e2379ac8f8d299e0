package org.rampart.supervision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ProblemCatalog;
import org.rampart.shared.ProblemTexts;
import org.rampart.supervision.Extension;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskAttachment;
import org.rampart.supervision.TaskEvent;
import org.rampart.supervision.TaskEventKind;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskPolicy;
import org.rampart.supervision.TaskStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the task pages share: the model of the task page (the task, its instructions, history, attachments and the
 * actions the reader may take) and the problems of a refused form as lines with the labels of the task fields.
 */
@Component
class TaskPages {

    /** The labels of the task fields, looked up before the global catalogue (generic names mean other things there). */
    static final ProblemCatalog FIELDS = () -> Map.ofEntries(Map.entry("titleEn", "supervision.task.titleEn"),
            Map.entry("titleZh", "supervision.task.titleZh"), Map.entry("description", "supervision.task.description"),
            Map.entry("jurisdiction", "supervision.task.jurisdiction"),
            Map.entry("assigningUnit", "supervision.task.assigningUnit"),
            Map.entry("leadUnit", "supervision.task.leadUnit"),
            Map.entry("assistingUnits", "supervision.task.assistingUnits"),
            Map.entry("deadline", "supervision.task.deadline"), Map.entry("priority", "supervision.task.priority"),
            Map.entry("source", "supervision.task.source"), Map.entry("sourceRef", "supervision.task.sourceRef"),
            Map.entry("sourceId", "supervision.task.sourceRef"),
            Map.entry("evidenceRequired", "supervision.task.evidenceRequired"),
            Map.entry("milestones", "supervision.task.milestones"),
            Map.entry("milestones.title", "supervision.task.milestone.title"),
            Map.entry("milestones.dueDate", "supervision.task.milestone.dueDate"),
            Map.entry("parentId", "supervision.task.parent"), Map.entry("objectionType", "supervision.objection.type"),
            Map.entry("reason", "supervision.action.reason"), Map.entry("text", "supervision.action.text"),
            Map.entry("note", "supervision.action.note"), Map.entry("percent", "supervision.task.progress"),
            Map.entry("attachments", "supervision.action.files"), Map.entry("evidence", "supervision.action.evidence"),
            Map.entry("newDeadline", "supervision.extension.newDeadline"),
            Map.entry("leader", "supervision.instruction.leader"),
            Map.entry("progressEventId", "supervision.instruction.about"), Map.entry("version", "supervision.version"),
            Map.entry("code", "supervision.objectionType.code"), Map.entry("nameEn", "supervision.objectionType.nameEn"),
            Map.entry("nameZh", "supervision.objectionType.nameZh"),
            Map.entry("position", "supervision.objectionType.position"));

    private final TaskManagement tasks;
    private final ProblemTexts problemTexts;

    TaskPages(TaskManagement tasks, ProblemTexts problemTexts) {
        this.tasks = tasks;
        this.problemTexts = problemTexts;
    }

    List<String> lines(List<Problem> problems, Locale locale) {
        return problems == null ? null : problemTexts.lines(problems, locale, FIELDS);
    }

    /** What the reader may do with the task now, by action name (the page shows a form per action). */
    Map<String, Boolean> actions(Actor actor, Task t, List<Extension> extensions) {
        TaskPolicy p = tasks.policy();
        TaskStatus s = t.status();
        boolean pending = extensions.stream().anyMatch(Extension::open);
        Map<String, Boolean> a = new LinkedHashMap<>();
        a.put("accept", p.mayActForLead(actor, t) && s == TaskStatus.ASSIGNED);
        a.put("object", p.mayActForLead(actor, t) && s == TaskStatus.ASSIGNED);
        a.put("reassign", p.maySupervise(actor, t) && s == TaskStatus.OBJECTED);
        a.put("insist", p.maySupervise(actor, t) && s == TaskStatus.OBJECTED);
        a.put("progress", p.mayReport(actor, t) && s.working());
        a.put("extension", p.mayActForLead(actor, t) && s.working() && !pending);
        a.put("decideExtension", p.maySupervise(actor, t) && pending && s.open());
        a.put("submit", p.mayActForLead(actor, t) && s.working());
        a.put("verify", p.maySupervise(actor, t) && s == TaskStatus.SUBMITTED);
        a.put("sendBack", p.maySupervise(actor, t) && s == TaskStatus.SUBMITTED);
        a.put("cancel", p.maySupervise(actor, t) && s.open());
        a.put("edit", p.maySupervise(actor, t) && s.open());
        a.put("instruct", p.mayInstruct(actor, t));
        a.put("split", p.maySplit(actor, t) && s.working());
        a.put("milestone", p.mayActForLead(actor, t) && s.working()
                && t.milestones().stream().anyMatch(m -> m.doneAt() == null));
        return a;
    }

    /** Fill the model of the task page; {@code problems} and {@code openAction} after a refused form. */
    void detail(Actor actor, long id, Model model, String openAction, List<Problem> problems, boolean stale,
            Locale locale) {
        Task task = tasks.get(actor, id);
        model.addAttribute("priorities", org.rampart.supervision.TaskPriority.values());
        List<Extension> extensions = tasks.extensions(actor, id);
        List<TaskEvent> history = tasks.history(actor, id);
        List<TaskAttachment> attachments = tasks.attachments(actor, id);
        Map<Long, List<TaskAttachment>> byEvent = new LinkedHashMap<>();
        for (TaskAttachment a : attachments) {
            byEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a);
        }
        model.addAttribute("navSection", "supervision");
        model.addAttribute("task", task);
        model.addAttribute("today", tasks.today());
        List<TaskEvent> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("history", newestFirst);
        model.addAttribute("reports", history.stream().filter(e -> e.kind() == TaskEventKind.PROGRESS).toList());
        model.addAttribute("attachmentsByEvent", byEvent);
        model.addAttribute("instructions", tasks.instructions(actor, id));
        model.addAttribute("extensions", extensions);
        model.addAttribute("pendingExtension", extensions.stream().filter(Extension::open).findFirst().orElse(null));
        model.addAttribute("objections", tasks.objections(actor, id));
        model.addAttribute("objectionTypes", tasks.objectionTypes(true));
        model.addAttribute("allObjectionTypes", tasks.objectionTypes(false));
        model.addAttribute("subTasks", task.subTasks() == 0 ? List.of() : tasks.tree(actor, id).children());
        model.addAttribute("parent", task.parentId() == null ? null : visible(actor, task.parentId()));
        model.addAttribute("actions", actions(actor, task, extensions));
        model.addAttribute("openAction", openAction);
        model.addAttribute("problems", problems);
        model.addAttribute("problemLines", lines(problems, locale));
        model.addAttribute("stale", stale);
        model.addAttribute("limits", tasks.limits());
    }

    private Task visible(Actor actor, long id) {
        try {
            return tasks.get(actor, id);
        } catch (org.rampart.shared.NotFoundException e) {
            return null;
        }
    }
}
