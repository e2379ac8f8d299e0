package org.rampart.platform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.Checks;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemTexts;
import org.rampart.supervision.TaskFilter;
import org.rampart.supervision.TaskImportOptions;
import org.rampart.supervision.TaskImportRefused;
import org.rampart.supervision.TaskImportReport;
import org.rampart.supervision.TaskIntakeManagement;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Supervision tasks on the command line: import from CSV or XLSX and export as CSV or XLSX, through the same import
 * and export as the page and the API, as the operator (whose scope is the whole tree). Problems are printed in the
 * machine's language with their line and column.
 */
@Component
class TaskFilesCli {

    private final TaskIntakeManagement intake;
    private final TaskManagement tasks;
    private final ProblemTexts texts;
    private final long maxUploadBytes;

    TaskFilesCli(TaskIntakeManagement intake, TaskManagement tasks, ProblemTexts texts,
            @Value("${rampart.upload.max-bytes:20971520}") long maxUploadBytes) {
        this.intake = intake;
        this.tasks = tasks;
        this.texts = texts;
        this.maxUploadBytes = maxUploadBytes;
    }

    private void print(List<BadInputException.Problem> problems, PrintWriter out) {
        problems.forEach(p -> out.println(texts.line(p, CliOperations.locale())));
    }

    int importTasks(Path file, String formatName, String jurisdiction, boolean skipBad, boolean dryRun, PrintWriter out,
            PrintWriter err) {
        String format;
        try {
            format = intake.format(formatName, String.valueOf(file.getFileName()), null);
        } catch (BadInputException e) {
            err.println("error: give --format csv or xlsx (or a file name ending in .csv or .xlsx).");
            return 2;
        }
        int unreadable = CliFiles.checkReadable(file, maxUploadBytes, err);
        if (unreadable != 0) {
            return unreadable;
        }
        Actor operator = CliOperations.operator();
        TaskImportOptions options = new TaskImportOptions(jurisdiction, skipBad, dryRun,
                format + ":" + file.getFileName());
        TaskImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = CurrentActor.runAs(operator, () -> intake.importFile(operator, in, format, options));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (TaskImportRefused e) {
            print(e.problems(), out);
            out.println("Read " + e.report().read() + ", assigned 0, problems " + e.problems().size()
                    + ": nothing was imported" + (skipBad ? "." : " (use --skip-bad to import the good rows)."));
            return 1;
        } catch (BadInputException e) {
            print(e.problems(), out);
            out.println("The file was refused: nothing was imported.");
            return 1;
        }
        print(report.problems(), out);
        if (report.dryRun()) {
            out.println("Checked " + report.read() + " rows: importing would assign " + report.wouldAssign()
                    + " tasks, problems " + report.problems().size() + ". Nothing was written (--dry-run).");
            return report.refused() ? 1 : 0;
        }
        out.println("Read " + report.read() + ", assigned " + report.assigned() + ", skipped " + report.skipped()
                + ", problems " + report.problems().size() + ".");
        return 0;
    }

    int exportTasks(String formatName, String jurisdiction, String unit, List<String> statuses, Boolean overdue,
            Path outFile, PrintWriter out, PrintWriter err) {
        String format;
        try {
            format = formatName != null ? intake.format(formatName, null, null)
                    : outFile == null ? "csv" : intake.format(null, String.valueOf(outFile.getFileName()), null);
        } catch (BadInputException e) {
            format = formatName == null ? "csv" : null;
        }
        if (format == null) {
            err.println("error: --format must be csv or xlsx.");
            return 2;
        }
        if (format.equals("xlsx") && outFile == null) {
            err.println("error: XLSX is written to a file only: give --out FILE.");
            return 2;
        }
        Actor operator = CliOperations.operator();
        List<BadInputException.Problem> problems = new java.util.ArrayList<>();
        Set<TaskStatus> wanted = new java.util.HashSet<>();
        for (String s : statuses == null ? List.<String>of() : statuses) {
            TaskStatus st = Checks.oneOf("status", s, TaskStatus.class, false, problems);
            if (st != null) {
                wanted.add(st);
            }
        }
        TaskFilter filter = new TaskFilter(jurisdiction, unit, wanted, null, null, overdue, null, null, null);
        try {
            BadInputException.throwIfAny(problems);
            // Check the filter before anything is written, so that a bad one leaves no file and no partial output.
            tasks.search(operator, filter, new PageQuery(0, 1));
        } catch (BadInputException e) {
            e.problems().forEach(p -> err.println("error: " + texts.line(p, CliOperations.locale())));
            return 1;
        }
        String f = format;
        Locale locale = CliOperations.locale();
        int written = CliFiles.export(outFile, stream -> intake.export(operator, filter, f, locale, stream), err);
        if (written != 0) {
            return written;
        }
        if (outFile != null) {
            out.println("Wrote " + outFile + ".");
        }
        return 0;
    }
}
