package org.rampart.platform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.rampart.risk.RiskFilter;
import org.rampart.risk.RiskImportReport;
import org.rampart.risk.RiskManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The risk register on the command line: import and export as CSV or XLSX, through the same import and export as the
 * page and the API, as the operator. Reports go to {@code out}, errors to {@code err}.
 */
@Component
class RiskRegisterCli {

    private final RiskManagement risks;
    private final ProblemTexts problemTexts;
    private final long maxUploadBytes;

    RiskRegisterCli(RiskManagement risks, ProblemTexts problemTexts,
            @Value("${rampart.upload.max-bytes:20971520}") long maxUploadBytes) {
        this.risks = risks;
        this.problemTexts = problemTexts;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** The language of the machine's messages: Chinese when its default locale is Chinese, else English. */
    static Locale locale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** A problem as a line: where (line, column as the file names it) and why, in the machine's language. */
    String line(BadInputException.Problem p) {
        StringBuilder sb = new StringBuilder();
        if (p.line() != null) {
            sb.append("line ").append(p.line()).append(": ");
        }
        if (p.index() != null) {
            sb.append("item ").append(p.index()).append(": ");
        }
        if (p.field() != null) {
            sb.append(p.field()).append(": ");
        }
        return sb.append(problemTexts.reason(p, locale())).toString();
    }

    /** Return "csv" or "xlsx" for a format name, or for a file name when no name is given; null for anything else. */
    static String format(String formatName, Path file) {
        String name = formatName != null ? formatName.trim().toLowerCase(Locale.ROOT)
                : file == null ? "" : String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (formatName != null) {
            return name.equals("csv") || name.equals("xlsx") ? name : null;
        }
        return name.endsWith(".csv") ? "csv" : name.endsWith(".xlsx") ? "xlsx" : null;
    }

    int importRisks(Path file, String formatName, boolean skipBad, PrintWriter out, PrintWriter err) {
        String format = format(formatName, file);
        if (format == null) {
            err.println("error: give --format csv or xlsx (or a file name ending in .csv or .xlsx).");
            return 2;
        }
        int unreadable = CliFiles.checkReadable(file, maxUploadBytes, err);
        if (unreadable != 0) {
            return unreadable;
        }
        Actor operator = CliOperations.operator();
        RiskImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = CurrentActor.runAs(operator, () -> risks.importFile(operator, in, format, skipBad));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (BadInputException e) {
            e.problems().forEach(p -> out.println(line(p)));
            out.println("Imported 0, problems " + e.problems().size() + ": nothing was imported"
                    + (skipBad ? "." : " (use --skip-bad to import the good rows)."));
            return 1;
        }
        report.problems().forEach(p -> out.println(line(p)));
        out.println("Read " + report.read() + ", created " + report.created() + ", changed " + report.updated()
                + ", problems " + report.problems().size() + (report.imported() == 0 && !report.problems().isEmpty()
                ? ": nothing was imported." : "."));
        return report.imported() == 0 && !report.problems().isEmpty() ? 1 : 0;
    }

    int exportRisks(String formatName, String jurisdiction, String status, Path outFile, PrintWriter out,
            PrintWriter err) {
        String format = formatName != null ? format(formatName, null)
                : outFile == null ? "csv" : java.util.Objects.requireNonNullElse(format(null, outFile), "csv");
        if (format == null) {
            err.println("error: --format must be csv or xlsx.");
            return 2;
        }
        if (format.equals("xlsx") && outFile == null) {
            err.println("error: XLSX is written to a file only: give --out FILE.");
            return 2;
        }
        Actor operator = CliOperations.operator();
        RiskFilter filter = new RiskFilter(null, null, null, status, jurisdiction, null, null, null, null, null);
        try {
            // Check the filter before anything is written, so that a bad one leaves no file and no partial output.
            risks.search(operator, filter, new PageQuery(0, 1));
        } catch (BadInputException e) {
            e.problems().forEach(p -> err.println("error: " + line(p)));
            return 1;
        }
        int written = CliFiles.export(outFile, stream -> {
            if (format.equals("csv")) {
                risks.exportCsv(operator, filter, stream);
            } else {
                risks.exportXlsx(operator, filter, stream);
            }
        }, err);
        if (written != 0) {
            return written;
        }
        if (outFile != null) {
            out.println("Wrote " + outFile + ".");
        }
        return 0;
    }
}
