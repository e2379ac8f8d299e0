package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turn a directive into supervision tasks: in one step, a task for each receiving unit chosen (the office's own
 * recipients when none is named), led by that unit, assigned by the sending jurisdiction; and, for a unit that has not
 * confirmed long after its deadline, a task to confirm it. Both through {@link TaskManagement#assignAll} with
 * {@link TaskSource#DIRECTIVE}.
 */
@Component
class DirectiveTasking {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final DirectiveSupport support;
    private final TaskManagement tasks;
    private final MessageSource messages;

    DirectiveTasking(DirectiveSupport support, TaskManagement tasks, MessageSource messages) {
        this.support = support;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The same use case on another support (a replaying clock). */
    DirectiveTasking at(DirectiveSupport other) {
        return new DirectiveTasking(other, tasks, messages);
    }

    /** Assign a task per chosen receiving unit, all or nothing; returns the tasks in the units' order. */
    List<Task> toTasks(Actor actor, long id, DirectiveTasksDraft draft) {
        support.policy.requireWrite(actor);
        Directive directive = support.lockSent(actor, id);
        if (!support.policy.maySend(actor, directive)) {
            throw new AccessDeniedException("only the sending side turns a directive into tasks");
        }
        if (!directive.circulated()) {
            throw BadInputException.of(null, "directive.not-circulated");
        }
        if (draft == null) {
            throw BadInputException.of(null, "value.required");
        }
        List<DirectiveReceipt> receipts = support.receipts.visible(id, actor.scopePath(), actor.unitId());
        Map<String, DirectiveReceipt> byUnit = receipts.stream()
                .collect(Collectors.toMap(r -> r.unitCode().toLowerCase(Locale.ROOT), r -> r, (a, b) -> a,
                        LinkedHashMap::new));
        List<Problem> problems = new ArrayList<>();
        List<DirectiveReceipt> chosen = new ArrayList<>();
        List<String> units = draft.units() == null ? List.of() : draft.units();
        if (units.isEmpty()) {
            receipts.stream().filter(r -> r.depth() == 1).forEach(chosen::add);
        }
        for (int i = 0; i < units.size(); i++) {
            String code = units.get(i) == null ? "" : units.get(i).trim();
            DirectiveReceipt r = byUnit.get(code.toLowerCase(Locale.ROOT));
            if (r == null) {
                problems.add(Problem.atItem(i, "units", "directive.task.unit-not-receiving", code));
            } else if (!chosen.contains(r)) {
                chosen.add(r);
            }
        }
        if (units.isEmpty() && chosen.isEmpty()) {
            problems.add(Problem.at("units", "directive.task.none"));
        }
        TaskPriority priority = Checks.oneOf("priority", draft.priority(), TaskPriority.class, false, problems);
        LocalDate deadline = Checks.date("deadline", draft.deadline(), true, problems);
        BadInputException.throwIfAny(problems);
        String titleEn = blank(draft.titleEn()) && blank(draft.titleZh()) ? directive.titleEn() : draft.titleEn();
        String titleZh = blank(draft.titleEn()) && blank(draft.titleZh()) ? directive.titleZh() : draft.titleZh();
        String description = blank(draft.description()) ? directive.text() : draft.description();
        List<TaskDraft> drafts = chosen.stream().map(r -> new TaskDraft(titleEn, titleZh, description,
                TaskSource.DIRECTIVE, directive.id(), directive.number(), directive.jurisdictionCode(),
                directive.sendingUnitCode(), r.unitCode(), List.of(), deadline, priority, draft.evidenceRequired(),
                List.of(), null)).toList();
        // all or nothing; a refused draft's problems carry its index, the index of its unit in the chosen order
        List<Task> created = tasks.assignAll(actor, drafts);
        Instant now = support.now();
        for (int i = 0; i < created.size(); i++) {
            support.directives.linkTask(id, created.get(i).id(), chosen.get(i).id(), "IMPLEMENTATION",
                    actor.username(), now);
        }
        support.audit.record("to-tasks", "directive", Long.toString(id), directive.jurisdictionPath(), null,
                Map.of("tasks", created.stream().map(Task::id).toList(),
                        "units", chosen.stream().map(DirectiveReceipt::unitCode).toList(), "deadline",
                        deadline.toString()));
        return created;
    }

    /** The task for a unit that has not confirmed: confirm the directive within the configured days. */
    Task unconfirmedTask(DirectiveReceipt receipt, Directive directive, LocalDate today) {
        String dueDay = receipt.confirmBy().minusNanos(1).atZone(support.zone).toLocalDate().toString();
        TaskDraft draft = new TaskDraft(
                text("supervision.directive.task.unconfirmed.title", Locale.ENGLISH, directive.number(),
                        directive.titleEn() != null ? directive.titleEn() : directive.titleZh()),
                text("supervision.directive.task.unconfirmed.title", ZH, directive.number(),
                        directive.titleZh() != null ? directive.titleZh() : directive.titleEn()),
                text("supervision.directive.task.unconfirmed.description", Locale.ENGLISH, receipt.unitCode(),
                        directive.number(), dueDay) + "\n"
                        + text("supervision.directive.task.unconfirmed.description", ZH, receipt.unitCode(),
                        directive.number(), dueDay),
                TaskSource.DIRECTIVE, directive.id(), directive.number(), directive.jurisdictionCode(),
                directive.sendingUnitCode(), receipt.unitCode(), List.of(),
                today.plusDays(support.settings.taskDays()), TaskPriority.HIGH, null, List.of(), null);
        Task task = tasks.assignAll(Actor.system(), List.of(draft)).get(0);
        Instant now = support.now();
        support.receipts.setTask(receipt.id(), task.id(), now);
        support.directives.linkTask(directive.id(), task.id(), receipt.id(), "UNCONFIRMED", Actor.system().username(),
                now);
        support.audit.recordAs(Actor.system().username(), "unconfirmed-task", "directive-receipt",
                Long.toString(receipt.id()), receipt.jurisdictionPath(), DirectiveSupport.snapshot(receipt),
                Map.of("unit", receipt.unitCode(), "task", task.id()));
        return task;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
