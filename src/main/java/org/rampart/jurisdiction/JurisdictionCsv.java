package org.rampart.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CsvCells;
import org.rampart.shared.CsvRecords;

/**
 * Read and write jurisdictions as CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks), UTF-8
 * with an optional byte order mark. Lines are counted from the header as line 1; a record that spans lines is
 * reported at the line where it starts.
 */
final class JurisdictionCsv {

    static final List<String> COLUMNS = List.of("code", "parent_code", "level", "name_en", "name_zh", "population");
    static final List<String> REQUIRED = List.of("code", "parent_code", "name_en", "name_zh");

    private JurisdictionCsv() {
    }

    /** Read a whole file; stops with a fatal problem after {@code maxRows} records. */
    static ParsedFile read(InputStream in, int maxRows) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 65536);
        CsvRecords records = new CsvRecords(reader);
        try {
            return read(records, maxRows);
        } catch (CharacterCodingException e) {
            return ParsedFile.fatal(0, List.of(Problem.line(records.line(), "file", "is not UTF-8 text")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedFile read(CsvRecords records, int maxRows) throws IOException {
        List<String> header = records.next();
        if (header == null) {
            return ParsedFile.fatal(0, List.of(Problem.field("file", "is empty: the first line must name the columns "
                    + String.join(", ", COLUMNS))));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Problem> headerProblems = new ArrayList<>();
        if (records.error() != null) {
            headerProblems.add(Problem.line(1, null, records.error()));
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                headerProblems.add(Problem.line(1, name.isEmpty() ? "column " + (i + 1) : name,
                        "unknown column; the columns are " + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                headerProblems.add(Problem.line(1, name, "duplicate column"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                headerProblems.add(Problem.line(1, required, "missing column"));
            }
        }
        if (!headerProblems.isEmpty()) {
            return ParsedFile.fatal(0, headerProblems);
        }
        List<ImportRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Integer> badLines = new HashSet<>();
        int read = 0;
        for (List<String> fields = records.next(); fields != null; fields = records.next()) {
            if (records.error() == null && fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            read++;
            if (read > maxRows) {
                return ParsedFile.fatal(read, List.of(Problem.field("file", "has more than " + maxRows
                        + " rows; split it into several imports")));
            }
            int line = records.recordLine();
            if (records.error() != null) {
                problems.add(Problem.line(line, null, records.error()));
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(Problem.line(line, null, "wrong number of fields: " + fields.size() + " where the header has "
                        + header.size()));
                continue;
            }
            List<Problem> rowProblems = new ArrayList<>();
            Integer level = number(value(fields, columns, "level"), line, "level", rowProblems, Integer::valueOf);
            Long population = number(value(fields, columns, "population"), line, "population", rowProblems, Long::valueOf);
            rows.add(new ImportRow(line, value(fields, columns, "code"), value(fields, columns, "parent_code"), level,
                    value(fields, columns, "name_en"), value(fields, columns, "name_zh"), population, null));
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                badLines.add(line);
            }
        }
        if (read == 0) {
            return ParsedFile.fatal(0, List.of(Problem.field("file", "holds no jurisdictions below the header")));
        }
        return new ParsedFile(rows, problems, badLines, read, false);
    }

    private static String value(List<String> fields, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String v = fields.get(index).trim();
        return v.isEmpty() ? null : v;
    }

    private static <T> T number(String value, int line, String field, List<Problem> problems,
            java.util.function.Function<String, T> parse) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.line(line, field, "'" + value + "' is not a whole number"));
            return null;
        }
    }

    /** Write the header and then one line per row, with CRLF line ends as RFC 4180 asks. */
    static void writeHeader(Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
    }

    /** One exported row: every text cell through {@link CsvCells#text} (formula-like text neutralised). */
    static void write(Writer out, JurisdictionRepository.ExportRow row) throws IOException {
        out.write(CsvCells.text(row.code()));
        out.write(',');
        out.write(CsvCells.text(row.parentCode()));
        out.write(',');
        out.write(CsvCells.number(row.level()));
        out.write(',');
        out.write(CsvCells.text(row.nameEn()));
        out.write(',');
        out.write(CsvCells.text(row.nameZh()));
        out.write(',');
        out.write(CsvCells.number(row.population()));
        out.write("\r\n");
    }
}
