package org.rampart.supervision;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import tasks from a CSV or XLSX file through {@link TaskManagement#assignAll}, all or nothing: when any row is bad
 * nothing is written, unless bad rows are to be skipped, and a dry run writes nothing at all while finding every
 * problem that the real import would (it assigns in a transaction that is rolled back). A file that cannot be read as
 * a whole (header, encoding, row limit) is refused even when bad rows may be skipped.
 */
@Component
class TaskImporting {

    private final TaskManagement tasks;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final TransactionTemplate transactions;
    private final int maxRows;

    TaskImporting(TaskManagement tasks, JurisdictionManagement jurisdictions, AuditManagement audit,
            PlatformTransactionManager transactionManager,
            @Value("${rampart.supervision.import.max-rows:5000}") int maxRows) {
        this.tasks = tasks;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxRows = maxRows;
    }

    int maxRows() {
        return maxRows;
    }

    /** The format of a file from its name or content type ("csv" or "xlsx"); refused otherwise. */
    static String format(String format, String fileName, String contentType) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (f.equals("csv") || f.equals("xlsx")) {
            return f;
        }
        if (!f.isEmpty()) {
            throw BadInputException.of("format", "supervision.import.format");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || type.startsWith(TaskIntakeManagement.XLSX)) {
            return "xlsx";
        }
        if (name.endsWith(".csv") || type.startsWith("text/csv") || type.startsWith("text/plain")) {
            return "csv";
        }
        throw BadInputException.of("format", "supervision.import.format");
    }

    TaskImportReport importFile(Actor actor, InputStream in, String format, TaskImportOptions options) {
        if (!tasks.policy().mayAssign(actor)) {
            throw new AccessDeniedException("importing tasks needs the role ADMINISTRATOR, COORDINATOR or OFFICER");
        }
        String defaultJurisdiction = defaultJurisdiction(actor, options.jurisdiction());
        TaskSheet sheet = "xlsx".equals(format) ? TaskXlsxReader.read(in, maxRows) : TaskCsvReader.read(in, maxRows);
        if (sheet.fatal()) {
            throw new BadInputException("The file was refused: " + sheet.problems().size() + " problems", sheet.problems());
        }
        LocalDate today = tasks.today();
        Predicate<String> unitKnown = unitsInScope(actor);
        List<Problem> problems = new ArrayList<>(sheet.problems());
        Set<Integer> bad = sheet.badLines();
        List<TaskRowChecks.ImportRow> good = new ArrayList<>();
        for (TaskSheet.Row row : sheet.rows()) {
            TaskRowChecks.ImportRow checked = TaskRowChecks.check(row, today, unitKnown, problems);
            if (checked != null && checked.jurisdiction() == null && defaultJurisdiction == null) {
                problems.add(Problem.atLine(row.line(), "jurisdiction", "supervision.import.jurisdiction-required"));
                checked = null;
            }
            if (checked != null && !bad.contains(row.line())) {
                good.add(checked);
            }
        }
        boolean anyBad = !problems.isEmpty();
        boolean write = !options.dryRun() && (!anyBad || options.skipBad());
        Attempt attempt = attempt(actor, good, defaultJurisdiction, write);
        if (!attempt.problems().isEmpty()) {
            problems.addAll(attempt.problems());
            if (options.skipBad()) {
                Set<Integer> refusedLines = new HashSet<>();
                attempt.problems().forEach(p -> refusedLines.add(p.line()));
                good = good.stream().filter(r -> !refusedLines.contains(r.line())).toList();
                attempt = attempt(actor, good, defaultJurisdiction, write);
                // A second refusal would come from rows together (none known); report it rather than loop.
                problems.addAll(attempt.problems());
            }
        }
        problems.sort(Comparator.comparingInt((Problem p) -> p.line() == null ? 0 : p.line()));
        boolean refused = !problems.isEmpty() && !options.skipBad() || !attempt.problems().isEmpty();
        int would = refused ? 0 : good.size();
        List<Long> ids = write && !refused ? attempt.ids() : List.of();
        if (!ids.isEmpty()) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("source", options.source());
            summary.put("read", sheet.rows().size());
            summary.put("assigned", ids.size());
            summary.put("skipped", sheet.rows().size() - ids.size());
            audit.record("import", "supervision_task", null, actor.scope().isWholeTree() ? null : actor.scopePath(),
                    null, summary);
        }
        TaskImportReport report = new TaskImportReport(sheet.rows().size(), ids, would, problems, options.skipBad(),
                options.dryRun(), refused);
        if (refused && !options.dryRun()) {
            throw new TaskImportRefused(report);
        }
        return report;
    }

    /** The outcome of one try at assigning the good rows: the tasks' ids, or the problems by line and column. */
    private record Attempt(List<Long> ids, List<Problem> problems) {
    }

    private Attempt attempt(Actor actor, List<TaskRowChecks.ImportRow> rows, String defaultJurisdiction, boolean keep) {
        if (rows.isEmpty()) {
            return new Attempt(List.of(), List.of());
        }
        List<TaskDraft> drafts = rows.stream().map(r -> draft(r, defaultJurisdiction)).toList();
        try {
            List<Long> ids = transactions.execute(status -> {
                List<Long> assigned = tasks.assignAll(actor, drafts).stream().map(Task::id).toList();
                if (!keep) {
                    status.setRollbackOnly();
                }
                return assigned;
            });
            return new Attempt(ids == null ? List.of() : ids, List.of());
        } catch (BadInputException e) {
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) {
                int line = p.index() != null && p.index() >= 0 && p.index() < rows.size() ? rows.get(p.index()).line() : 1;
                problems.add(new Problem(TaskFileColumns.column(p.field()), line, null, p.code(), p.args()));
            }
            return new Attempt(List.of(), problems);
        }
    }

    static TaskDraft draft(TaskRowChecks.ImportRow r, String defaultJurisdiction) {
        return new TaskDraft(r.titleEn(), r.titleZh(), r.description(), TaskSource.NONE, null, r.sourceRef(),
                r.jurisdiction() != null ? r.jurisdiction() : defaultJurisdiction, r.assigningUnit(), r.leadUnit(),
                r.assistingUnits(), r.deadline(), TaskPriority.valueOf(r.priority()), r.evidenceRequired(), List.of(),
                null);
    }

    /** The jurisdiction rows without one are assigned from: the one given, else the actor's own; null for none. */
    private String defaultJurisdiction(Actor actor, String given) {
        if (given != null && !given.isBlank()) {
            String code = given.trim();
            if (jurisdictions.find(actor, code).isEmpty()) {
                throw BadInputException.of("jurisdiction", "jurisdiction.unknown", code);
            }
            return code;
        }
        if (actor.jurisdictionId() == 0) {
            return null;
        }
        return jurisdictions.ref(actor.jurisdictionId()).map(JurisdictionRef::code).orElse(null);
    }

    /** Units the actor may name: those of jurisdictions in the actor's scope (others answer like unknown ones). */
    private Predicate<String> unitsInScope(Actor actor) {
        Map<String, Boolean> known = new HashMap<>();
        return code -> known.computeIfAbsent(code, c -> jurisdictions.unitRef(actor.scope(), c)
                .filter(u -> actor.covers(u.jurisdictionPath())).isPresent());
    }
}
