package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.Extension;
import org.rampart.supervision.Instruction;
import org.rampart.supervision.Objection;
import org.rampart.supervision.ObjectionType;
import org.rampart.supervision.SubTaskDraft;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskAttachment;
import org.rampart.supervision.TaskDraft;
import org.rampart.supervision.TaskEdit;
import org.rampart.supervision.TaskEvent;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskSource;
import org.rampart.supervision.TaskStatus;
import org.rampart.supervision.TaskTree;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The task API: lists with filters and paging, one task with its history, tree and records, assignment, and each
 * change as a sub-resource action ({@code POST /api/v1/tasks/{id}/accept}…). Every change names the {@code version}
 * it saw; a stale one answers 409. Refusals are problem details with codes.
 */
@RestController
@RequestMapping("/api/v1")
class TaskApiController {

    private final TaskManagement tasks;

    TaskApiController(TaskManagement tasks) {
        this.tasks = tasks;
    }

    private TaskView view(Task t) {
        return TaskView.of(t, tasks.today());
    }

    /** The tasks the caller sees, open ones first, nearest deadline first. */
    @GetMapping("/tasks")
    Page<TaskView> list(
            @Parameter(description = "Tasks whose lead unit lies in this jurisdiction's subtree (a code).")
            @RequestParam(required = false) String jurisdiction,
            @Parameter(description = "Tasks this unit (a code) leads or assists.") @RequestParam(required = false) String unit,
            @Parameter(array = @ArraySchema(schema = @Schema(implementation = TaskStatus.class)),
                    description = "One or more statuses (repeat the parameter or separate with commas).")
            @RequestParam(required = false) List<String> status,
            @Parameter(schema = @Schema(implementation = TaskSource.class)) @RequestParam(required = false) String source,
            @Parameter(schema = @Schema(implementation = TaskPriority.class)) @RequestParam(required = false) String priority,
            @Parameter(description = "true: open tasks past their deadline; false: the others.")
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "Open tasks due on or before this date (YYYY-MM-DD).")
            @RequestParam(required = false) String dueBy,
            @Parameter(description = "Text in a title or the source reference.") @RequestParam(required = false) String q,
            @Parameter(description = "The sub-tasks of this task.") @RequestParam(required = false) Long parent,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tasks.search(CurrentActor.get(), TaskWebSupport.filter(jurisdiction, unit, status, source, priority,
                overdue, dueBy, q, parent), PageQuery.of(page, size)).map(this::view);
    }

    @GetMapping("/tasks/{id}")
    TaskView get(@PathVariable long id) {
        return view(tasks.get(CurrentActor.get(), id));
    }

    /** Assign a task; 201 with its address. */
    @PostMapping("/tasks")
    ResponseEntity<TaskView> create(@RequestBody TaskDraft body) {
        Task created = tasks.assign(CurrentActor.get(), body);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/tasks/" + created.id())
                .body(view(created));
    }

    record BatchBody(List<TaskDraft> tasks) {
    }

    /** Assign many tasks, all or nothing: problems name the item ({@code index}). */
    @PostMapping("/tasks/batch")
    ResponseEntity<List<TaskView>> batch(@RequestBody BatchBody body) {
        List<Task> created = tasks.assignAll(CurrentActor.get(), body.tasks() == null ? List.of() : body.tasks());
        return ResponseEntity.status(HttpStatus.CREATED).body(created.stream().map(this::view).toList());
    }

    @GetMapping("/tasks/{id}/history")
    List<TaskEvent> history(@PathVariable long id) {
        return tasks.history(CurrentActor.get(), id);
    }

    record TreeView(TaskView task, List<TreeView> children) {

        static TreeView of(TaskTree tree, LocalDate today) {
            return new TreeView(TaskView.of(tree.task(), today), tree.children().stream().map(c -> of(c, today))
                    .toList());
        }
    }

    /** The task and its sub-tasks at every level the caller sees. */
    @GetMapping("/tasks/{id}/tree")
    TreeView tree(@PathVariable long id) {
        return TreeView.of(tasks.tree(CurrentActor.get(), id), tasks.today());
    }

    @GetMapping("/tasks/{id}/objections")
    List<Objection> objections(@PathVariable long id) {
        return tasks.objections(CurrentActor.get(), id);
    }

    @GetMapping("/tasks/{id}/extensions")
    List<Extension> extensions(@PathVariable long id) {
        return tasks.extensions(CurrentActor.get(), id);
    }

    @GetMapping("/tasks/{id}/instructions")
    List<Instruction> instructions(@PathVariable long id) {
        return tasks.instructions(CurrentActor.get(), id);
    }

    @GetMapping("/tasks/{id}/attachments")
    List<TaskAttachment> attachments(@PathVariable long id) {
        return tasks.attachments(CurrentActor.get(), id);
    }

    @GetMapping("/tasks/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return TaskWebSupport.download(tasks, CurrentActor.get(), id, attachmentId);
    }

    // --- actions ---

    record VersionBody(@Schema(description = "The version of the task the caller saw.", requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
    }

    record ObjectBody(Integer version,
            @Schema(description = "One of the active objection types (GET /api/v1/supervision/objection-types).")
            String objectionType, @Schema(description = "Why, at most 4,000 characters.") String reason) {
    }

    record ReassignBody(Integer version, @Schema(description = "The new lead unit's code.") String leadUnit,
            String reason) {
    }

    record ReasonBody(Integer version, @Schema(description = "At most 4,000 characters.") String reason) {
    }

    record EditBody(@Schema(description = "The version of the task the caller saw.", requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
            @Schema(description = "English title, at most 300 characters; one of the two titles is required.") String titleEn,
            @Schema(description = "Chinese title, at most 300 characters.") String titleZh,
            @Schema(description = "At most 10,000 characters.") String description,
            @Schema(description = "Unchanged when absent.") TaskPriority priority,
            @Schema(description = "The evidence required to finish, at most 2,000 characters; none when absent.") String evidenceRequired) {
    }

    record NoteBody(Integer version, @Schema(description = "Optional, at most 4,000 characters.") String note) {
    }

    record ProgressBody(Integer version,
            @Schema(description = "Progress in percent, 0 to 100 (optional).", minimum = "0", maximum = "100")
            Integer percent, @Schema(description = "The report, at most 8,000 characters.") String text) {
    }

    record SubmitBody(Integer version, @Schema(description = "The summary of the result.") String text) {
    }

    record ExtensionBody(Integer version, @Schema(description = "The deadline asked for (YYYY-MM-DD), after the current one.")
            LocalDate newDeadline, String reason) {
    }

    record DecisionBody(Integer version, @Schema(description = "true approves (the deadline moves), false refuses.")
            Boolean approve, @Schema(description = "Required when refusing.") String reason) {
    }

    record InstructionBody(@Schema(description = "Who gave the instruction, at most 200 characters.") String leader,
            @Schema(description = "The instruction, at most 4,000 characters.") String text,
            @Schema(description = "The progress report (history entry id) it is about, or null for the task.")
            Long progressEventId) {
    }

    record SplitBody(Integer version, List<SubTaskDraft> items) {
    }

    @PostMapping("/tasks/{id}/accept")
    TaskView accept(@PathVariable long id, @RequestBody VersionBody body) {
        return view(tasks.accept(CurrentActor.get(), id, TaskWebSupport.version(body.version())));
    }

    @PostMapping("/tasks/{id}/object")
    TaskView object(@PathVariable long id, @RequestBody ObjectBody body) {
        return view(tasks.object(CurrentActor.get(), id, TaskWebSupport.version(body.version()), body.objectionType(),
                body.reason()));
    }

    @PostMapping("/tasks/{id}/reassign")
    TaskView reassign(@PathVariable long id, @RequestBody ReassignBody body) {
        return view(tasks.reassign(CurrentActor.get(), id, TaskWebSupport.version(body.version()), body.leadUnit(),
                body.reason()));
    }

    @PostMapping("/tasks/{id}/insist")
    TaskView insist(@PathVariable long id, @RequestBody ReasonBody body) {
        return view(tasks.insist(CurrentActor.get(), id, TaskWebSupport.version(body.version()), body.reason()));
    }

    @PostMapping(path = "/tasks/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaskEvent> progress(@PathVariable long id, @RequestBody ProgressBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tasks.reportProgress(CurrentActor.get(), id,
                TaskWebSupport.version(body.version()), body.percent(), body.text(), List.of()));
    }

    /** A progress report with files (multipart: version, percent, text, files). */
    @PostMapping(path = "/tasks/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TaskEvent> progressWithFiles(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer percent, @RequestParam(required = false) String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tasks.reportProgress(CurrentActor.get(), id,
                TaskWebSupport.version(version), percent, text, TaskWebSupport.uploads(files)));
    }

    @PostMapping("/tasks/{id}/extensions")
    TaskView requestExtension(@PathVariable long id, @RequestBody ExtensionBody body) {
        return view(tasks.requestExtension(CurrentActor.get(), id, TaskWebSupport.version(body.version()),
                body.newDeadline(), body.reason()));
    }

    @PostMapping("/tasks/{id}/extensions/decision")
    TaskView decideExtension(@PathVariable long id, @RequestBody DecisionBody body) {
        if (body.approve() == null) {
            throw org.rampart.shared.BadInputException.of("approve", "value.required");
        }
        return view(tasks.decideExtension(CurrentActor.get(), id, TaskWebSupport.version(body.version()),
                body.approve(), body.reason()));
    }

    /** Submit without files: refused when the task requires evidence. */
    @PostMapping(path = "/tasks/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    TaskView submit(@PathVariable long id, @RequestBody SubmitBody body) {
        return view(tasks.submit(CurrentActor.get(), id, TaskWebSupport.version(body.version()), body.text(),
                List.of()));
    }

    /** Submit with the evidence (multipart: version, text, files). */
    @PostMapping(path = "/tasks/{id}/submit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TaskView submitWithEvidence(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return view(tasks.submit(CurrentActor.get(), id, TaskWebSupport.version(version), text,
                TaskWebSupport.uploads(files)));
    }

    @PostMapping("/tasks/{id}/verify")
    TaskView verify(@PathVariable long id, @RequestBody NoteBody body) {
        return view(tasks.verify(CurrentActor.get(), id, TaskWebSupport.version(body.version()), body.note()));
    }

    @PostMapping("/tasks/{id}/send-back")
    TaskView sendBack(@PathVariable long id, @RequestBody ReasonBody body) {
        return view(tasks.sendBack(CurrentActor.get(), id, TaskWebSupport.version(body.version()), body.reason()));
    }

    @PutMapping("/tasks/{id}")
    TaskView edit(@PathVariable long id, @RequestBody EditBody body) {
        return view(tasks.edit(CurrentActor.get(), id, TaskWebSupport.version(body.version()), new TaskEdit(body.titleEn(),
                body.titleZh(), body.description(), body.priority(), body.evidenceRequired())));
    }

    @PostMapping("/tasks/{id}/cancel")
    TaskView cancel(@PathVariable long id, @RequestBody ReasonBody body) {
        return view(tasks.cancel(CurrentActor.get(), id, TaskWebSupport.version(body.version()), body.reason()));
    }

    @PostMapping("/tasks/{id}/instructions")
    ResponseEntity<Instruction> instruct(@PathVariable long id, @RequestBody InstructionBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tasks.instruct(CurrentActor.get(), id, body.leader(),
                body.text(), body.progressEventId()));
    }

    /** Split the task into sub-tasks for units below its lead unit, all or nothing. */
    @PostMapping("/tasks/{id}/split")
    ResponseEntity<List<TaskView>> split(@PathVariable long id, @RequestBody SplitBody body) {
        Actor actor = CurrentActor.get();
        List<Task> created = tasks.split(actor, id, TaskWebSupport.version(body.version()), body.items());
        return ResponseEntity.status(HttpStatus.CREATED).body(created.stream().map(this::view).toList());
    }

    record MyWorkView(TaskView.UnitView unit, List<TaskView> toAccept, List<TaskView> dueSoon,
            List<TaskView> overdue, int dueSoonDays) {
    }

    /** The work of the caller's unit: tasks to accept, due soon, overdue. */
    @GetMapping("/tasks/my-work")
    MyWorkView myWork() {
        var w = tasks.myUnitWork(CurrentActor.get());
        return new MyWorkView(TaskView.UnitView.of(w.unit()), w.toAccept().stream().map(this::view).toList(),
                w.dueSoon().stream().map(this::view).toList(), w.overdue().stream().map(this::view).toList(),
                w.dueSoonDays());
    }

    // --- objection types ---

    @GetMapping("/supervision/objection-types")
    List<ObjectionType> objectionTypes(@Parameter(description = "Include the inactive types.")
            @RequestParam(required = false) Boolean all) {
        CurrentActor.get();
        return tasks.objectionTypes(!Boolean.TRUE.equals(all));
    }

    record ObjectionTypeBody(String nameEn, String nameZh, Integer position, Boolean active) {
    }

    /** Add or change an objection type (administrators of the whole tree). */
    @PutMapping("/supervision/objection-types/{code}")
    ObjectionType saveObjectionType(@PathVariable String code, @RequestBody ObjectionTypeBody body) {
        return tasks.saveObjectionType(CurrentActor.get(), new ObjectionType(code, body.nameEn(), body.nameZh(),
                body.position() == null ? 0 : body.position(), body.active() == null || body.active()));
    }
}
