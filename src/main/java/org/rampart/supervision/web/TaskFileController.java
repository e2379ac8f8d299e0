package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.UploadLimit;
import org.rampart.supervision.TaskFileColumns;
import org.rampart.supervision.TaskFilter;
import org.rampart.supervision.TaskImportOptions;
import org.rampart.supervision.TaskImportRefused;
import org.rampart.supervision.TaskImportReport;
import org.rampart.supervision.TaskIntakeManagement;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskSource;
import org.rampart.supervision.TaskStatus;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Bulk import and export of tasks: the import page with its template and per-row report, the export of a task list
 * (the list's filters), and the same through {@code /api/v1/tasks/import} and {@code /api/v1/tasks/export}.
 */
@Controller
@Tag(name = "Tasks")
class TaskFileController {

    private final TaskIntakeManagement intake;
    private final TaskManagement tasks;
    private final UploadLimit limit;
    private final ProblemTexts texts;

    TaskFileController(TaskIntakeManagement intake, TaskManagement tasks, UploadLimit limit, ProblemTexts texts) {
        this.intake = intake;
        this.tasks = tasks;
        this.limit = limit;
        this.texts = texts;
    }

    /** The filters of a task list, as query parameters. */
    record TaskListQuery(
            @Parameter(description = "Code of a jurisdiction: tasks whose lead unit lies in its subtree") String jurisdiction,
            @Parameter(description = "Code of a unit: tasks it leads or assists") String unit,
            @Parameter(description = "Statuses (repeat the parameter)",
                    array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(implementation = TaskStatus.class)))
            List<String> status,
            @Parameter(description = "Source: MEETING_DECISION, DIRECTIVE, LEADER_INSTRUCTION, INCIDENT_RECTIFICATION, "
                    + "INSPECTION_FINDING, NONE") String source,
            @Parameter(description = "Priority: LOW, NORMAL, HIGH, URGENT") String priority,
            @Parameter(description = "true: open tasks past their deadline") Boolean overdue,
            @Parameter(description = "Open tasks due on or before this date (YYYY-MM-DD)") LocalDate dueBy,
            @Parameter(description = "Text in the titles or the source reference") String q,
            @Parameter(description = "Id of a task: its sub-tasks") Long parentId) {

        TaskFilter filter() {
            List<BadInputException.Problem> problems = new java.util.ArrayList<>();
            Set<TaskStatus> statuses = new java.util.HashSet<>();
            if (status != null) {
                for (String s : status) {
                    for (String one : s.split(",")) {
                        TaskStatus parsed = org.rampart.shared.Checks.oneOf("status", one, TaskStatus.class, false, problems);
                        if (parsed != null) {
                            statuses.add(parsed);
                        }
                    }
                }
            }
            TaskSource src = org.rampart.shared.Checks.oneOf("source", source, TaskSource.class, false, problems);
            TaskPriority prio = org.rampart.shared.Checks.oneOf("priority", priority, TaskPriority.class, false, problems);
            BadInputException.throwIfAny(problems);
            return new TaskFilter(blank(jurisdiction), blank(unit), statuses, src, prio, overdue, dueBy, blank(q), parentId);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    // --- export ---

    @GetMapping({"/supervision/tasks/export", "/api/v1/tasks/export"})
    @Operation(summary = "Export the tasks of a list (its filters, within what the caller sees) as CSV or XLSX",
            description = "Columns: those the import reads (" + "title_en, title_zh, description, jurisdiction, "
                    + "assigning_unit, lead_unit, assisting_units, deadline, priority, evidence_required, source_ref"
                    + "), then id, status, original_deadline, assigned_at, accepted_at, submitted_at, done_at (UTC "
                    + "instants), progress_percent (0-100), source, source_id, parent_id, lead_unit_name. Every cell "
                    + "is text; in CSV a text a spreadsheet would run as a formula starts with an apostrophe.")
    void export(@ParameterObject TaskListQuery query,
            @Parameter(description = "csv (default) or xlsx") @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        String f = format == null || format.isBlank() ? "csv" : intake.format(format, null, null);
        TaskFilter filter = query.filter();
        // Check the filter before the answer starts, so that a bad one gets a problem detail.
        tasks.search(actor, filter, new org.rampart.shared.PageQuery(0, 1));
        response.setHeader("Content-Disposition", "attachment; filename=\"tasks-" + LocalDate.now() + "." + f + "\"");
        response.setContentType(f.equals("csv") ? "text/csv;charset=UTF-8" : TaskIntakeManagement.XLSX);
        intake.export(actor, filter, f, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    // --- template ---

    @GetMapping({"/supervision/tasks/import/template", "/api/v1/tasks/import/template"})
    @Operation(summary = "Download the task import template (XLSX with a sheet explaining the columns, or CSV)")
    void template(@Parameter(description = "xlsx (default) or csv") @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        String f = format == null || format.isBlank() ? "xlsx" : intake.format(format, null, null);
        response.setHeader("Content-Disposition", "attachment; filename=\"task-import-template." + f + "\"");
        response.setContentType(f.equals("csv") ? "text/csv;charset=UTF-8" : TaskIntakeManagement.XLSX);
        intake.template(f, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    // --- import: API ---

    /** The answer of an import: counts, the tasks assigned, and every problem with its line and column. */
    @Schema(description = "What an import did (or would do, on a dry run).")
    record ImportAnswer(
            @Schema(description = "Task rows read (blank rows are not counted)") int read,
            @Schema(description = "Tasks assigned (0 on a dry run)") int assigned,
            @Schema(description = "Tasks the import assigns or, on a dry run, would assign") int wouldAssign,
            @Schema(description = "Rows left out") int skipped,
            boolean dryRun, boolean skipBad,
            @Schema(description = "Ids of the tasks assigned, in the file's order") List<Long> taskIds,
            @Schema(description = "Problems: line (the header is line 1), field (the column), code, reason in the "
                    + "caller's language") List<Map<String, Object>> problems) {
    }

    private ImportAnswer answer(TaskImportReport r) {
        return new ImportAnswer(r.read(), r.assigned(), r.wouldAssign(), r.skipped(), r.dryRun(), r.skipBad(),
                r.taskIds(), texts.views(r.problems()));
    }

    /**
     * Import through the API: multipart part {@code file}, or the file as the body ({@code text/csv} or the XLSX
     * type). 200 with the report; 400 with a problem detail listing every problem when nothing was imported.
     */
    @PostMapping(path = "/api/v1/tasks/import")
    @ResponseBody
    @Operation(summary = "Import tasks from CSV or XLSX (all or nothing unless skipBad; dryRun writes nothing)",
            description = "Columns (one header row, then one task a row): title_en, title_zh (one of them), description, "
                    + "jurisdiction (assigning jurisdiction code; default the parameter jurisdiction, else the caller's), "
                    + "assigning_unit, lead_unit (required), assisting_units (codes separated by ',' or ';'), deadline "
                    + "(required, YYYY-MM-DD, today or later), priority (LOW, NORMAL, HIGH, URGENT; default NORMAL), "
                    + "evidence_required, source_ref. The columns an export adds are accepted and ignored. Refused: "
                    + "unknown columns (with the nearest known name), text that is not UTF-8 (naming the line), "
                    + "formulas and merged cells (naming the cells), more rows than the limit, units outside the "
                    + "caller's scope (like unknown units).")
    ImportAnswer importApi(@Parameter(description = "csv or xlsx (default: from the file name or content type)")
            @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "false") boolean skipBad,
            @Parameter(description = "true: check everything and report, writing nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "Code of the assigning jurisdiction of rows without one") @RequestParam(required = false) String jurisdiction,
            HttpServletRequest request) throws IOException {
        Actor actor = CurrentActor.get();
        if (request instanceof MultipartHttpServletRequest multipart && multipart.getFile("file") != null) {
            MultipartFile file = multipart.getFile("file");
            limit.check(file.getSize());
            String f = intake.format(format, file.getOriginalFilename(), file.getContentType());
            try (InputStream in = file.getInputStream()) {
                return answer(intake.importFile(actor, in, f, new TaskImportOptions(jurisdiction, skipBad, dryRun,
                        UploadLimit.source(f, file.getOriginalFilename()))));
            }
        }
        if (request.getContentLengthLong() > 0) {
            limit.check(request.getContentLengthLong());
        }
        String f = intake.format(format, null, request.getContentType());
        try (InputStream in = limit.limited(request.getInputStream())) {
            return answer(intake.importFile(actor, in, f, new TaskImportOptions(jurisdiction, skipBad, dryRun,
                    UploadLimit.source(f, null))));
        }
    }

    // --- import: page ---

    /** What the page shows after an upload. */
    record ImportResult(TaskImportReport report, List<BadInputException.Problem> problems, boolean refused,
            boolean fileRefused) {

        public boolean complete() {
            return problems.isEmpty();
        }
    }

    @GetMapping("/supervision/tasks/import")
    String importPage(Model model) {
        requireAssigner();
        importModel(model);
        return "supervision/import";
    }

    /** Import the uploaded file; an htmx request gets only the report, a plain form post the whole page. */
    @PostMapping("/supervision/tasks/import")
    String importUpload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean skipBad, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String jurisdiction,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) throws IOException {
        Actor actor = requireAssigner();
        importModel(model);
        model.addAttribute("jurisdiction", jurisdiction);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "supervision.intake.import.noFile");
        } else {
            limit.check(file.getSize());
            String format = null;
            try {
                format = intake.format(null, file.getOriginalFilename(), null);
            } catch (BadInputException e) {
                model.addAttribute("uploadError", "supervision.intake.import.unknownFormat");
            }
            if (format != null) {
                try (InputStream in = file.getInputStream()) {
                    TaskImportReport r = intake.importFile(actor, in, format, new TaskImportOptions(jurisdiction,
                            skipBad, dryRun, UploadLimit.source(format, file.getOriginalFilename())));
                    model.addAttribute("result", new ImportResult(r, r.problems(), r.refused(), false));
                } catch (TaskImportRefused e) {
                    model.addAttribute("result", new ImportResult(e.report(), e.problems(), true, false));
                } catch (BadInputException e) {
                    model.addAttribute("result", new ImportResult(null, e.problems(), true, true));
                }
            }
        }
        return htmx != null ? "supervision/import :: report" : "supervision/import";
    }

    private Actor requireAssigner() {
        Actor actor = CurrentActor.get();
        if (!tasks.policy().mayAssign(actor)) {
            throw new AccessDeniedException("importing tasks needs the role ADMINISTRATOR, COORDINATOR or OFFICER");
        }
        return actor;
    }

    private void importModel(Model model) {
        model.addAttribute("navSection", "supervision");
        model.addAttribute("maxBytes", limit.maxBytes());
        model.addAttribute("maxMegabytes", limit.maxMegabytes());
        model.addAttribute("maxRows", intake.maxImportRows());
        model.addAttribute("columns", List.copyOf(TaskFileColumns.IMPORTED.keySet()));
        model.addAttribute("requiredColumns", TaskFileColumns.REQUIRED);
        model.addAttribute("titleColumns", TaskFileColumns.TITLES);
    }
}
