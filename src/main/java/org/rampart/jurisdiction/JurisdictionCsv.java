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
import org.rampart.shared.Nearest;

/**
 * Read and write jurisdictions as CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks), UTF-8
 * with an optional byte order mark. Lines are counted from the header as line 1; a record that spans lines is
 * reported at the line where it starts.
 */
final class JurisdictionCsv {

    static final List<String> COLUMNS = List.of("code", "parent_code", "level", "name_en", "name_zh", "population");
    static final List<String> REQUIRED = List.of("code", "parent_code");
    /** Of these columns, at least one must be there (a jurisdiction needs a name in one of the two languages). */
    static final List<String> NAMES = List.of("name_en", "name_zh");

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
            return ParsedFile.fatal(0, List.of(Problem.atLine(records.line(), "file", "jurisdiction.file.not-utf8")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedFile read(CsvRecords records, int maxRows) throws IOException {
        List<String> header = records.next();
        if (header == null) {
            return ParsedFile.fatal(0, List.of(Problem.at("file", "jurisdiction.file.no-header",
                    String.join(", ", COLUMNS))));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Problem> headerProblems = new ArrayList<>();
        if (records.problem() != null) {
            headerProblems.add(records.problem());
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                headerProblems.add(unknownColumn(i, name));
            } else if (columns.putIfAbsent(name, i) != null) {
                headerProblems.add(Problem.atLine(1, name, "jurisdiction.column.duplicate"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                headerProblems.add(Problem.atLine(1, required, "jurisdiction.column.missing"));
            }
        }
        if (NAMES.stream().noneMatch(columns::containsKey)) {
            headerProblems.add(Problem.atLine(1, "name_zh", "jurisdiction.column.missing"));
        }
        if (!headerProblems.isEmpty()) {
            return ParsedFile.fatal(0, headerProblems);
        }
        List<ImportRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Integer> badLines = new HashSet<>();
        int read = 0;
        for (List<String> fields = records.next(); fields != null; fields = records.next()) {
            if (records.problem() == null && fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            read++;
            if (read > maxRows) {
                return ParsedFile.fatal(read, List.of(Problem.at("file", "jurisdiction.file.too-many-rows",
                        maxRows)));
            }
            int line = records.recordLine();
            if (records.problem() != null) {
                problems.add(records.problem());
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(Problem.atLine(line, null, "jurisdiction.file.field-count", fields.size(),
                        header.size()));
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
            return ParsedFile.fatal(0, List.of(Problem.at("file", "jurisdiction.file.no-rows")));
        }
        return new ParsedFile(rows, problems, badLines, read, false);
    }

    /** An unknown column of the header, named as given, with the known column it most likely meant (if any). */
    private static Problem unknownColumn(int index, String name) {
        String columns = String.join(", ", COLUMNS);
        if (name.isEmpty()) {
            return Problem.atLine(1, "column " + (index + 1), "jurisdiction.column.unnamed", columns);
        }
        String nearest = Nearest.suggest(name, COLUMNS);
        return nearest == null ? Problem.atLine(1, name, "jurisdiction.column.unknown", name, columns)
                : Problem.atLine(1, name, "jurisdiction.column.unknown.suggest", name, nearest, columns);
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
            problems.add(Problem.atLine(line, field, "number.not-whole", value));
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
