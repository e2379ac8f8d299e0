package org.rampart.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CsvRecords;
import org.rampart.shared.Nearest;

/**
 * Read observations from CSV (RFC 4180, UTF-8 with an optional byte order mark): a header naming the columns
 * indicator, jurisdiction, time and value in any order, then one observation per record. The header is line 1; a
 * record that spans lines is reported at the line where it starts.
 */
final class ObservationCsv {

    static final List<String> COLUMNS = List.of("indicator", "jurisdiction", "time", "value");

    private ObservationCsv() {
    }

    /** The records read and the problems of lines that could not be read; fatal when the file as a whole is unusable. */
    record Parsed(List<ObservationInput> inputs, List<Problem> problems, int read, boolean fatal) {
    }

    static Parsed read(InputStream in, int maxRows) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 65536);
        CsvRecords records = new CsvRecords(reader);
        try {
            return read(records, maxRows);
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(Problem.atLine(records.line(), "file", "encoding.invalid")), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed read(CsvRecords records, int maxRows) throws IOException {
        List<String> header = records.next();
        if (header == null) {
            return new Parsed(List.of(), List.of(Problem.at("file", "observation.file.empty", String.join(", ", COLUMNS))),
                    0, true);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (records.problem() != null) {
            problems.add(records.problem());
        }
        for (int i = 0; i < header.size(); i++) {
            String given = header.get(i).trim();
            String name = given.toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(unknownColumn(i, given));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(Problem.atLine(1, name, "observation.column.duplicate"));
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                problems.add(Problem.atLine(1, column, "observation.column.missing"));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems, 0, true);
        }
        List<ObservationInput> inputs = new ArrayList<>();
        int read = 0;
        List<String> fields;
        while ((fields = records.next()) != null) {
            int line = records.recordLine();
            if (fields.size() == 1 && fields.get(0).isBlank() && records.error() == null) {
                continue;
            }
            read++;
            if (read > maxRows) {
                return new Parsed(List.of(), List.of(Problem.at("file", "observation.file.too-many-rows", maxRows)), read,
                        true);
            }
            if (records.problem() != null) {
                problems.add(records.problem());
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(Problem.atLine(line, null, "observation.file.field-count", fields.size(), header.size()));
                continue;
            }
            inputs.add(new ObservationInput(fields.get(columns.get("indicator")).trim(),
                    fields.get(columns.get("jurisdiction")).trim(), fields.get(columns.get("time")).trim(),
                    fields.get(columns.get("value")).trim(), line));
        }
        return new Parsed(inputs, problems, read, false);
    }

    /** An unknown column of the header, named as given, with the known column it most likely meant. */
    private static Problem unknownColumn(int index, String given) {
        String columns = String.join(", ", COLUMNS);
        if (given.isEmpty()) {
            return Problem.atLine(1, "column " + (index + 1), "observation.column.unnamed", columns);
        }
        String nearest = Nearest.suggest(given, COLUMNS);
        return nearest == null ? Problem.atLine(1, given, "observation.column.unknown", given, columns)
                : Problem.atLine(1, given, "observation.column.unknown.suggest", given, nearest, columns);
    }
}
