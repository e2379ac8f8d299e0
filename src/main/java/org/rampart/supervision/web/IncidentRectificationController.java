package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.CurrentActor;
import org.rampart.supervision.RectificationAssignment;
import org.rampart.supervision.RectificationItem;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskIntakeManagement;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An incident's rectification items as tasks: the panel the incident page loads (each item with its tasks and their
 * state, and a form to make tasks of items for the units named), and the same through the API. The incident module
 * does not know supervision; its page loads this panel by its address.
 */
@Controller
@Tag(name = "Tasks")
class IncidentRectificationController {

    private final TaskIntakeManagement intake;
    private final TaskManagement tasks;

    IncidentRectificationController(TaskIntakeManagement intake, TaskManagement tasks) {
        this.intake = intake;
        this.tasks = tasks;
    }

    // --- API ---

    @Schema(description = "A task made from a rectification item, as the incident shows it.")
    record TaskLine(long id, String titleEn, String titleZh, String leadUnit, List<String> assistingUnits,
            LocalDate deadline, @Schema(description = "ASSIGNED, OBJECTED, ACCEPTED, IN_PROGRESS, SUBMITTED, "
                    + "SENT_BACK, DONE or CANCELLED") TaskStatus status, String sourceRef) {

        static TaskLine of(Task t) {
            return new TaskLine(t.id(), t.titleEn(), t.titleZh(), t.leadUnit().code(), t.assistingCodes(), t.deadline(),
                    t.status(), t.sourceRef());
        }
    }

    @Schema(description = "A rectification item of the incident's final report (one line of it) and its tasks.")
    record ItemView(@Schema(description = "1-based number of the item") int item, String text, List<TaskLine> tasks) {
    }

    @GetMapping("/api/v1/incidents/{id}/rectification")
    @ResponseBody
    @Operation(summary = "The rectification items of an incident's final report, with the tasks made from each")
    List<ItemView> items(@PathVariable long id) {
        return intake.rectificationItems(CurrentActor.get(), id).stream()
                .map(i -> new ItemView(i.number(), i.text(), i.tasks().stream().map(TaskLine::of).toList())).toList();
    }

    @Schema(description = "One item to make a task of.")
    record ItemAssignment(@Schema(description = "1-based number of the item", minimum = "1") Integer item,
            @Schema(description = "Code of the lead unit (required)") String leadUnit,
            @Schema(description = "Codes of assisting units") List<String> assistingUnits,
            @Schema(description = "Deadline (required), YYYY-MM-DD, today or later") LocalDate deadline,
            @Schema(description = "LOW, NORMAL (default), HIGH or URGENT") TaskPriority priority) {
    }

    @Schema(description = "The items to make tasks of, in one step (all or nothing).")
    record RectificationBody(List<ItemAssignment> items) {
    }

    @PostMapping("/api/v1/incidents/{id}/rectification-tasks")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make tasks of an incident's rectification items for the units named, all or nothing",
            description = "Each task's source is INCIDENT_RECTIFICATION with the incident's id and the reference "
                    + "INC-<id>/<item>. Problems name the assignment by its index in items.")
    List<TaskLine> assign(@PathVariable long id, @RequestBody RectificationBody body) {
        List<RectificationAssignment> assignments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<ItemAssignment> items = body == null || body.items() == null ? List.of() : body.items();
        for (int i = 0; i < items.size(); i++) {
            ItemAssignment a = items.get(i);
            if (a == null || a.item() == null) {
                problems.add(Problem.atItem(i, "item", "value.required"));
                continue;
            }
            assignments.add(new RectificationAssignment(a.item() - 1, a.leadUnit(), a.assistingUnits(), a.deadline(),
                    a.priority()));
        }
        BadInputException.throwIfAny(problems);
        return intake.assignRectification(CurrentActor.get(), id, assignments).stream().map(TaskLine::of).toList();
    }

    // --- the panel of the incident page ---

    @GetMapping("/supervision/incidents/{id}/rectification")
    String panel(@PathVariable long id, Model model) {
        panelModel(CurrentActor.get(), id, model, Map.of());
        return "supervision/rectification :: panel";
    }

    /** Make tasks of the chosen items ({@code item} = their 0-based indexes) and answer the panel again. */
    @PostMapping("/supervision/incidents/{id}/rectification")
    String create(@PathVariable long id, @RequestParam(name = "item", required = false) List<Integer> chosen,
            @RequestParam Map<String, String> form, Model model) {
        Actor actor = CurrentActor.get();
        List<Integer> indexes = chosen == null ? List.of() : chosen;
        List<RectificationAssignment> assignments = new ArrayList<>();
        Map<Integer, List<Problem>> byItem = new HashMap<>();
        List<Problem> general = new ArrayList<>();
        for (int index : indexes) {
            List<Problem> own = new ArrayList<>();
            LocalDate deadline = Checks.date("deadline", form.get("deadline_" + index), true, own);
            TaskPriority priority = Checks.oneOf("priority", form.get("priority_" + index), TaskPriority.class, false, own);
            String lead = form.get("lead_" + index);
            List<String> assisting = split(form.get("assist_" + index));
            if (!own.isEmpty()) {
                byItem.put(index, own);
            }
            assignments.add(new RectificationAssignment(index, lead == null ? null : lead.trim(), assisting, deadline,
                    priority));
        }
        List<Task> made = List.of();
        if (indexes.isEmpty()) {
            general.add(Problem.at("item", "supervision.rectification.none-chosen"));
        } else if (byItem.isEmpty()) {
            try {
                made = intake.assignRectification(actor, id, assignments);
            } catch (BadInputException e) {
                for (Problem p : e.problems()) {
                    if (p.index() != null && p.index() < indexes.size()) {
                        byItem.computeIfAbsent(indexes.get(p.index()), k -> new ArrayList<>()).add(p);
                    } else {
                        general.add(p);
                    }
                }
            }
        }
        model.addAttribute("made", made.size());
        model.addAttribute("general", general);
        model.addAttribute("failed", !byItem.isEmpty() || !general.isEmpty());
        panelModel(actor, id, model, made.isEmpty() ? form : Map.of());
        model.addAttribute("itemProblems", byItem);
        model.addAttribute("chosen", made.isEmpty() ? indexes : List.of());
        return "supervision/rectification :: panel";
    }

    private void panelModel(Actor actor, long id, Model model, Map<String, String> values) {
        Locale locale = LocaleContextHolder.getLocale();
        List<RectificationItem> items = intake.rectificationItems(actor, id);
        boolean mayAssign = tasks.policy().mayAssign(actor);
        model.addAttribute("incidentId", id);
        model.addAttribute("items", items);
        model.addAttribute("mayAssign", mayAssign);
        model.addAttribute("units", mayAssign && !items.isEmpty() ? intake.rectificationUnits(actor, id) : List.of());
        model.addAttribute("values", values);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("defaultDeadline", LocalDate.now().plusDays(30));
        model.addAttribute("priorities", TaskPriority.values());
        model.addAttribute("locale", locale);
        if (!model.containsAttribute("itemProblems")) {
            model.addAttribute("itemProblems", Map.of());
        }
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", items.stream().filter(i -> i.tasks().isEmpty()).map(RectificationItem::index).toList());
        }
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split("[,;，；、\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
