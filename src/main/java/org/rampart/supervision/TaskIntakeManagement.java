package org.rampart.supervision;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Bring tasks in and out in bulk: import from CSV or XLSX files in the layout of {@link TaskFileColumns} (with a
 * template to fill in), export of any task list, and the rectification items of an incident's final report as tasks
 * for the units named. Tasks are assigned through {@link TaskManagement}, so every rule, audit entry and event of a
 * single assignment applies to each imported task.
 * <p>Delegates to {@link TaskImporting}, {@link TaskExporting} and {@link IncidentRectification}.
 */
@Service
public class TaskIntakeManagement {

    /** The media type of XLSX files. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TaskImporting importing;
    private final TaskExporting exporting;
    private final IncidentRectification rectification;
    private final MessageSource messages;

    TaskIntakeManagement(TaskImporting importing, TaskExporting exporting, IncidentRectification rectification,
            MessageSource messages) {
        this.importing = importing;
        this.exporting = exporting;
        this.rectification = rectification;
        this.messages = messages;
    }

    /** The most task rows one file may hold ({@code rampart.supervision.import.max-rows}). */
    public int maxImportRows() {
        return importing.maxRows();
    }

    /**
     * Return "csv" or "xlsx": the format named (when not blank), else the one a file name or content type says (both
     * may be null); refuses anything else ({@code supervision.import.format} on the field {@code format}).
     */
    public String format(String format, String fileName, String contentType) {
        return TaskImporting.format(format, fileName, contentType);
    }

    /**
     * Import a task file ({@code format} "csv" or "xlsx"; the caller limits the stream's size). Refuses a file that
     * cannot be read as a whole with {@link BadInputException}, and one with bad rows (unless they are skipped) with
     * {@link TaskImportRefused}: nothing is written then. A dry run returns the report of what the import would do.
     */
    public TaskImportReport importFile(Actor actor, InputStream in, String format, TaskImportOptions options) {
        return importing.importFile(actor, in, format, options);
    }

    /** Write the import template: "xlsx" with a sheet explaining the columns in the reader's language, or "csv". */
    public void template(String format, Locale locale, OutputStream out) {
        if ("xlsx".equals(format)) {
            TaskFileWriter.xlsxTemplate(out, key -> messages.getMessage(key, null, key, locale));
        } else {
            TaskFileWriter.csvTemplate(out);
        }
    }

    /**
     * Export the tasks of a list (its filter; null for every visible task) as "csv" or "xlsx", unit names in the
     * reader's language. A bad filter is refused before anything is written.
     */
    public void export(Actor actor, TaskFilter filter, String format, Locale locale, OutputStream out) {
        exporting.export(actor, filter == null ? TaskFilter.all() : filter, format, locale, out);
    }

    /** The rectification items of an incident's final report with their tasks; not found outside the actor's scope. */
    public List<RectificationItem> rectificationItems(Actor actor, long incidentId) {
        return rectification.items(actor, incidentId);
    }

    /** The units to offer for an incident's items (its jurisdiction's, then those above up to the assigning one). */
    public List<Unit> rectificationUnits(Actor actor, long incidentId) {
        return rectification.suggestedUnits(actor, incidentId);
    }

    /** The tasks made from an incident's rectification items that the actor sees, oldest first. */
    public List<Task> rectificationTasks(Actor actor, long incidentId) {
        return rectification.tasks(actor, incidentId);
    }

    /** Make tasks of rectification items in one step, all or nothing; problems carry the assignment's index. */
    public List<Task> assignRectification(Actor actor, long incidentId, List<RectificationAssignment> assignments) {
        return rectification.assign(actor, incidentId, assignments);
    }
}
