package org.rampart.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CsvRecords;

/**
 * The register as CSV (UTF-8, RFC 4180) and XLSX (the first sheet): one header row of column names, one risk per
 * row. Import reads the writable columns; the computed ones that export adds are accepted and ignored.
 */
final class RiskFiles {

    /** The columns import writes, in export order, with the draft field each one fills. */
    static final Map<String, String> COLUMNS = columns();
    /** Columns export adds that import ignores (computed, or changed only through the workflow). */
    static final List<String> COMPUTED = List.of("score", "level", "residual_score", "residual_level", "status",
            "review_overdue", "reassessment_needed");
    static final List<String> REQUIRED = List.of("code", "title_en", "title_zh", "domain", "jurisdiction", "likelihood",
            "impact");
    static final int MAX_ROWS = 20_000;

    private RiskFiles() {
    }

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", "code");
        m.put("title_en", "titleEn");
        m.put("title_zh", "titleZh");
        m.put("description_en", "descriptionEn");
        m.put("description_zh", "descriptionZh");
        m.put("domain", "domain");
        m.put("jurisdiction", "jurisdiction");
        m.put("owner_unit", "ownerUnit");
        m.put("causes", "causes");
        m.put("consequences", "consequences");
        m.put("controls", "controls");
        m.put("bottom_line", "bottomLine");
        m.put("likelihood", "likelihood");
        m.put("impact", "impact");
        m.put("residual_likelihood", "residualLikelihood");
        m.put("residual_impact", "residualImpact");
        m.put("target_level", "targetLevel");
        m.put("review_frequency_days", "reviewFrequencyDays");
        m.put("next_review_date", "nextReviewDate");
        m.put("indicators", "indicators");
        m.put("tags", "tags");
        m.put("reason", "reason");
        return m;
    }

    /** The column of a draft field, for problems of a row. */
    static String column(String field) {
        for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
            if (e.getValue().equals(field)) {
                return e.getKey();
            }
        }
        return field;
    }

    /** One data row: its line (header = 1) and its values by column. */
    record Line(int line, Map<String, String> values) {
    }

    /** The rows of a file, or the problems that stop it being read at all. */
    record Parsed(List<Line> lines, List<Problem> problems) {
    }

    static Parsed csv(InputStream in) {
        try {
            CsvRecords records = new CsvRecords(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            List<String> header = records.next();
            List<Problem> problems = new ArrayList<>();
            if (header == null) {
                return new Parsed(List.of(), List.of(Problem.line(1, null, "the file is empty")));
            }
            header = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            checkHeader(header, problems);
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            List<Line> lines = new ArrayList<>();
            List<String> record;
            while ((record = records.next()) != null) {
                int line = records.recordLine();
                if (records.error() != null) {
                    problems.add(Problem.line(line, null, records.error()));
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(Problem.line(line, null, "has " + record.size() + " fields; the header has " + header.size()));
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    problems.add(Problem.line(line, null, "more than " + MAX_ROWS + " rows"));
                    break;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                lines.add(new Line(line, values));
            }
            return new Parsed(lines, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parsed xlsx(InputStream in) {
        List<Problem> problems = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
                return new Parsed(List.of(), List.of(Problem.line(1, null, "the file is empty")));
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Row first = sheet.getRow(0);
            if (first == null) {
                return new Parsed(List.of(), List.of(Problem.line(1, null, "the header must be on the first row")));
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < first.getLastCellNum(); c++) {
                header.add(text(first.getCell(c), format).trim().toLowerCase(Locale.ROOT));
            }
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1);
            }
            checkHeader(header, problems);
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            List<Line> lines = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < header.size(); c++) {
                    String v = text(row.getCell(c), format);
                    empty &= v.isBlank();
                    values.put(header.get(c), v);
                }
                for (int c = header.size(); c < row.getLastCellNum(); c++) {
                    if (!text(row.getCell(c), format).isBlank()) {
                        problems.add(Problem.line(r + 1, null, "has a value in column " + (c + 1) + ", which has no header"));
                    }
                }
                if (empty) {
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    problems.add(Problem.line(r + 1, null, "more than " + MAX_ROWS + " rows"));
                    break;
                }
                lines.add(new Line(r + 1, values));
            }
            return new Parsed(lines, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException m) {
                throw m;
            }
            return new Parsed(List.of(), List.of(Problem.line(1, null, "not a readable XLSX workbook")));
        }
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return format.formatCellValue(cell);
    }

    private static void checkHeader(List<String> header, List<Problem> problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (!COLUMNS.containsKey(h) && !COMPUTED.contains(h)) {
                problems.add(Problem.line(1, h.isEmpty() ? "column " + (i + 1) : h, "unknown column (expected "
                        + String.join(", ", COLUMNS.keySet()) + ")"));
            } else if (!seen.add(h)) {
                problems.add(Problem.line(1, h, "the column appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                problems.add(Problem.line(1, required, "the column is missing"));
            }
        }
    }

    // --- export ---

    static List<String> exportHeader() {
        List<String> header = new ArrayList<>(COLUMNS.keySet());
        header.remove("reason");
        header.addAll(COMPUTED);
        return header;
    }

    static List<String> exportRow(Risk r, java.time.LocalDate today) {
        List<String> v = new ArrayList<>();
        v.add(r.code());
        v.add(r.titleEn());
        v.add(r.titleZh());
        v.add(r.descriptionEn());
        v.add(r.descriptionZh());
        v.add(r.domainCode());
        v.add(r.jurisdictionCode());
        v.add(r.ownerUnitCode() == null ? "" : r.ownerUnitCode());
        v.add(r.causes());
        v.add(r.consequences());
        v.add(r.controls());
        v.add(Boolean.toString(r.bottomLine()));
        v.add(Integer.toString(r.likelihood()));
        v.add(Integer.toString(r.impact()));
        v.add(r.residualLikelihood() == null ? "" : r.residualLikelihood().toString());
        v.add(r.residualImpact() == null ? "" : r.residualImpact().toString());
        v.add(r.targetLevel() == null ? "" : r.targetLevel().name());
        v.add(Integer.toString(r.reviewFrequencyDays()));
        v.add(r.nextReviewDate().toString());
        v.add(String.join(";", r.indicatorCodes()));
        v.add(String.join(";", r.tags()));
        v.add(Integer.toString(r.score()));
        v.add(r.level().name());
        v.add(r.residualScore() == null ? "" : r.residualScore().toString());
        v.add(r.residualLevel() == null ? "" : r.residualLevel().name());
        v.add(r.status().name());
        v.add(Boolean.toString(r.reviewOverdue(today)));
        v.add(Boolean.toString(r.reassessmentNeeded()));
        return v;
    }

    static void writeCsvRow(Writer out, List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(values.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = !value.isEmpty() && (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)));
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A streaming XLSX writer: rows are flushed to disk as they come, so large registers fit in little memory. */
    static final class XlsxWriter implements AutoCloseable {

        private final SXSSFWorkbook book = new SXSSFWorkbook(200);
        private final Sheet sheet = book.createSheet("risks");
        private int next;

        void row(List<String> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i));
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
