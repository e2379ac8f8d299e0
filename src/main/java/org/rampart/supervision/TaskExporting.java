package org.rampart.supervision;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.Names;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * Export the tasks a list shows (its filter, within what the actor sees) as CSV or XLSX, in the columns import reads
 * followed by what the tasks became ({@link TaskFileColumns#exported()}), so an export can be edited and imported.
 */
@Component
class TaskExporting {

    /** The most tasks one export writes. */
    static final int MAX_TASKS = 100_000;
    private static final int PAGE = PageQuery.MAX_SIZE;

    private final TaskManagement tasks;

    TaskExporting(TaskManagement tasks) {
        this.tasks = tasks;
    }

    /** Write the tasks; the filter is checked (a bad one refused) before anything is written. */
    void export(Actor actor, TaskFilter filter, String format, Locale locale, OutputStream out) {
        Page<Task> first = tasks.search(actor, filter, new PageQuery(0, PAGE));
        try (TaskFileWriter.Rows rows = "xlsx".equals(format) ? TaskFileWriter.xlsx(out, "tasks") : TaskFileWriter.csv(out)) {
            rows.row(TaskFileColumns.exported());
            Page<Task> page = first;
            int written = 0;
            while (true) {
                for (Task t : page.items()) {
                    rows.row(row(t, locale));
                    written++;
                }
                if (!page.hasNext() || written >= MAX_TASKS) {
                    break;
                }
                page = tasks.search(actor, filter, new PageQuery(page.page() + 1, PAGE));
            }
        }
    }

    /** A task's cells, all texts, in the order of {@link TaskFileColumns#exported()}. */
    static List<String> row(Task t, Locale locale) {
        List<String> v = new ArrayList<>();
        v.add(t.titleEn());
        v.add(t.titleZh());
        v.add(t.description());
        v.add(t.jurisdictionCode());
        v.add(t.assigningUnit() == null ? null : t.assigningUnit().code());
        v.add(t.leadUnit().code());
        v.add(String.join(";", t.assistingCodes()));
        v.add(t.deadline().toString());
        v.add(t.priority().name());
        v.add(t.evidenceRequired());
        v.add(t.sourceRef());
        v.add(Long.toString(t.id()));
        v.add(t.status().name());
        v.add(t.originalDeadline().toString());
        v.add(time(t.assignedAt()));
        v.add(time(t.acceptedAt()));
        v.add(time(t.submittedAt()));
        v.add(time(t.doneAt()));
        v.add(Integer.toString(t.progressPercent()));
        v.add(t.source().name());
        v.add(t.sourceId() == null ? null : t.sourceId().toString());
        v.add(t.parentId() == null ? null : t.parentId().toString());
        v.add(Names.text(t.leadUnit().nameEn(), t.leadUnit().nameZh(), locale));
        return v;
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
