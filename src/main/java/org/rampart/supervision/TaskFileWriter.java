package org.rampart.supervision;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rampart.shared.CsvCells;

/**
 * Write task files: CSV (UTF-8 with a byte order mark so that spreadsheets read Chinese right; every cell through
 * {@link CsvCells#text}, so a text a spreadsheet would run as a formula is neutralised) and XLSX (every cell a text
 * cell in the text format, never a formula), streamed so that a long list needs little memory. The template is the
 * header of {@link TaskFileColumns#IMPORTED} with a second sheet explaining each column in the reader's language.
 */
final class TaskFileWriter {

    private TaskFileWriter() {
    }

    /** Rows written one by one. */
    interface Rows extends AutoCloseable {
        void row(List<String> values);

        @Override
        void close();
    }

    /** A CSV writer on the stream (flushed, not closed, on {@link Rows#close()}). */
    static Rows csv(OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
        try {
            writer.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rows() {
            @Override
            public void row(List<String> values) {
                try {
                    for (int i = 0; i < values.size(); i++) {
                        if (i > 0) {
                            writer.write(',');
                        }
                        writer.write(CsvCells.text(values.get(i)));
                    }
                    writer.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** An XLSX writer: the first row bold (the header); written to the stream on {@link Rows#close()}. */
    static Rows xlsx(OutputStream out, String sheetName) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        SXSSFSheet sheet = book.createSheet(sheetName);
        CellStyle text = book.createCellStyle();
        text.setDataFormat(book.createDataFormat().getFormat("@"));
        CellStyle bold = book.createCellStyle();
        bold.cloneStyleFrom(text);
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        return new Rows() {
            private int next;

            @Override
            public void row(List<String> values) {
                writeRow(sheet, next == 0 ? bold : text, next++, values);
            }

            @Override
            public void close() {
                try {
                    sheet.createFreezePane(0, 1);
                    book.write(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    try {
                        book.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
    }

    private static void writeRow(Sheet sheet, CellStyle style, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            var cell = row.createCell(i, CellType.STRING);
            cell.setCellStyle(style);
            cell.setCellValue(v == null ? "" : v);
        }
    }

    /** The CSV template: the header alone. */
    static void csvTemplate(OutputStream out) {
        try (Rows rows = csv(out)) {
            rows.row(List.copyOf(TaskFileColumns.IMPORTED.keySet()));
        }
    }

    /**
     * The XLSX template: sheet "tasks" with the header (fill in one task a row) and sheet "columns" saying for each
     * column whether it is required and what it holds, with texts from {@code text} (a message key to its text in
     * the reader's language).
     */
    static void xlsxTemplate(OutputStream out, Function<String, String> text) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(50)) {
            CellStyle plain = book.createCellStyle();
            plain.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle bold = book.createCellStyle();
            bold.cloneStyleFrom(plain);
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet tasks = book.createSheet("tasks");
            List<String> columns = List.copyOf(TaskFileColumns.IMPORTED.keySet());
            writeRow(tasks, bold, 0, columns);
            for (int c = 0; c < columns.size(); c++) {
                tasks.setDefaultColumnStyle(c, plain);
                tasks.setColumnWidth(c, 20 * 256);
            }
            tasks.createFreezePane(0, 1);
            SXSSFSheet help = book.createSheet("columns");
            writeRow(help, bold, 0, List.of(text.apply("supervision.intake.template.column"),
                    text.apply("supervision.intake.template.required"), text.apply("supervision.intake.template.holds")));
            int r = 1;
            for (String column : columns) {
                boolean required = TaskFileColumns.REQUIRED.contains(column);
                String requiredText = required ? text.apply("supervision.intake.template.yes")
                        : TaskFileColumns.TITLES.contains(column) ? text.apply("supervision.intake.template.one-title")
                        : text.apply("supervision.intake.template.no");
                writeRow(help, plain, r++, List.of(column, requiredText,
                        text.apply("supervision.intake.column." + column)));
            }
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 24 * 256);
            help.setColumnWidth(2, 90 * 256);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
