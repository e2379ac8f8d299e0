package org.rampart.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CsvRecords;
import org.rampart.shared.Nearest;

/**
 * Read the register from CSV (UTF-8, RFC 4180) and XLSX (the first sheet): one header row of column names, one risk
 * per row. Import reads the writable columns; the computed ones that export adds ({@link RiskExporting}) are accepted
 * and ignored. A file needs a title column in at least one language.
 */
final class RiskFiles {

    /** The columns import writes, in export order, with the draft field each one fills. */
    static final Map<String, String> COLUMNS = columns();
    /** Columns export adds that import ignores (computed, or changed only through the workflow). */
    static final List<String> COMPUTED = List.of("score", "level", "residual_score", "residual_level", "status",
            "review_overdue", "reassessment_needed");
    static final List<String> REQUIRED = List.of("code", "domain", "jurisdiction", "likelihood", "impact");
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

    /**
     * Read a CSV file; text that is not valid UTF-8 is refused ({@code encoding.invalid}) naming the line it is on,
     * never replaced. The file is decoded whole (uploads are bounded) so that the line is exact.
     */
    static Parsed csv(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CharBuffer text = CharBuffer.allocate(bytes.length);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(input, text, true);
        if (result.isError()) {
            return new Parsed(List.of(), List.of(Problem.atLine(lineAt(bytes, input.position()), "file", "encoding.invalid")));
        }
        text.flip();
        try {
            return csv(new CsvRecords(new BufferedReader(new StringReader(text.toString()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line (1-based; LF, CR LF and a lone CR end a line) that the byte at {@code offset} is on. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static Parsed csv(CsvRecords records) throws IOException {
        List<String> header = records.next();
        List<Problem> problems = new ArrayList<>();
        if (header == null) {
            return new Parsed(List.of(), List.of(Problem.atLine(1, null, "file.empty")));
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
            if (records.problem() != null) {
                problems.add(records.problem());
                continue;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(Problem.atLine(line, null, "risk.file.field-count", record.size(), header.size()));
                continue;
            }
            if (lines.size() >= MAX_ROWS) {
                problems.add(Problem.atLine(line, null, "risk.file.too-many-rows", MAX_ROWS));
                break;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), record.get(i));
            }
            lines.add(new Line(line, values));
        }
        return new Parsed(lines, problems);
    }

    static Parsed xlsx(InputStream in) {
        List<Problem> problems = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
                return new Parsed(List.of(), List.of(Problem.atLine(1, null, "file.empty")));
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Row first = sheet.getRow(0);
            if (first == null) {
                return new Parsed(List.of(), List.of(Problem.atLine(1, null, "risk.file.header-first-row")));
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
                        problems.add(Problem.atLine(r + 1, null, "risk.file.cell-without-header", c + 1));
                    }
                }
                if (empty) {
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    problems.add(Problem.atLine(r + 1, null, "risk.file.too-many-rows", MAX_ROWS));
                    break;
                }
                lines.add(new Line(r + 1, values));
            }
            return new Parsed(lines, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException m) {
                throw m;
            }
            return new Parsed(List.of(), List.of(Problem.atLine(1, null, "risk.file.xlsx-unreadable")));
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
                String field = h.isEmpty() ? "column " + (i + 1) : h;
                String nearest = nearestColumn(h);
                if (nearest == null) {
                    problems.add(Problem.atLine(1, field, "risk.column.unknown", field, String.join(", ", COLUMNS.keySet())));
                } else {
                    problems.add(Problem.atLine(1, field, "risk.column.unknown-suggest", field, nearest));
                }
            } else if (!seen.add(h)) {
                problems.add(Problem.atLine(1, h, "risk.column.duplicate", h));
            }
        }
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                problems.add(Problem.atLine(1, required, "risk.column.missing", required));
            }
        }
        if (!header.contains("title_en") && !header.contains("title_zh")) {
            problems.add(Problem.atLine(1, "title_en", "risk.column.title-missing"));
        }
    }

    /** The known column nearest to an unknown one (see {@link Nearest}), or null when none is near. */
    static String nearestColumn(String name) {
        List<String> known = new ArrayList<>(COLUMNS.keySet());
        known.addAll(COMPUTED);
        return Nearest.suggest(name, known);
    }
}
