package org.rampart.risk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rampart.shared.Actor;
import org.rampart.shared.CsvCells;
import org.springframework.stereotype.Component;

/**
 * Export the register of the actor's scope as CSV (UTF-8) or XLSX, in the columns import reads ({@link RiskFiles})
 * followed by the computed ones. A title a risk has in one language only leaves the other cell empty.
 */
@Component
class RiskExporting {

    private final RiskQueries queries;
    private final RiskSupport support;

    RiskExporting(RiskQueries queries, RiskSupport support) {
        this.queries = queries;
        this.support = support;
    }

    /** Write the risks that the filter matches as CSV. */
    void csv(Actor actor, RiskFilter filter, OutputStream out) {
        LocalDate today = support.today();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeCsvRow(writer, header());
        queries.each(actor, filter, r -> writeCsvRow(writer, row(r, today)));
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Write the risks that the filter matches as an XLSX workbook. */
    void xlsx(Actor actor, RiskFilter filter, OutputStream out) {
        LocalDate today = support.today();
        try (XlsxWriter xlsx = new XlsxWriter()) {
            xlsx.row(header());
            queries.each(actor, filter, r -> xlsx.row(row(r, today)));
            xlsx.writeTo(out);
        }
    }

    /** The columns of an export: what import reads (but the reason), then the computed ones. */
    static List<String> header() {
        List<String> header = new ArrayList<>(RiskFiles.COLUMNS.keySet());
        header.remove("reason");
        header.addAll(RiskFiles.COMPUTED);
        return header;
    }

    /** A risk's export cells: texts as strings, amounts as numbers (so that CSV never neutralises a number). */
    static List<Object> row(Risk r, LocalDate today) {
        List<Object> v = new ArrayList<>();
        v.add(r.code());
        v.add(r.titleEn());
        v.add(r.titleZh());
        v.add(r.descriptionEn());
        v.add(r.descriptionZh());
        v.add(r.domainCode());
        v.add(r.jurisdictionCode());
        v.add(r.ownerUnitCode());
        v.add(r.causes());
        v.add(r.consequences());
        v.add(r.controls());
        v.add(Boolean.toString(r.bottomLine()));
        v.add(r.likelihood());
        v.add(r.impact());
        v.add(r.residualLikelihood());
        v.add(r.residualImpact());
        v.add(r.targetLevel() == null ? null : r.targetLevel().name());
        v.add(r.reviewFrequencyDays());
        v.add(r.nextReviewDate().toString());
        v.add(String.join(";", r.indicatorCodes()));
        v.add(String.join(";", r.tags()));
        v.add(r.score());
        v.add(r.level().name());
        v.add(r.residualScore());
        v.add(r.residualLevel() == null ? null : r.residualLevel().name());
        v.add(r.status().name());
        v.add(Boolean.toString(r.reviewOverdue(today)));
        v.add(Boolean.toString(r.reassessmentNeeded()));
        return v;
    }

    /**
     * Write one CSV row: every text through {@link CsvCells#text} (a text a spreadsheet would take for a formula is
     * neutralised), every number through {@link CsvCells#number}.
     */
    static void writeCsvRow(Writer out, List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object value = values.get(i);
                out.write(value instanceof Number n ? CsvCells.number(n) : CsvCells.text((String) value));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A streaming XLSX writer: rows are flushed to disk as they come, so large registers fit in little memory. */
    static final class XlsxWriter implements AutoCloseable {

        private final SXSSFWorkbook book = new SXSSFWorkbook(200);
        private final Sheet sheet = book.createSheet("risks");
        private int next;

        /** Write one row; every cell is a string cell (never a formula), a number too, as the CSV has it. */
        void row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                row.createCell(i, CellType.STRING).setCellValue(value == null ? "" : value.toString());
            }
        }

        void writeTo(OutputStream out) {
            try {
                book.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                book.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
