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
        Records records = new Records(reader);
        try {
            return read(records, maxRows);
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(Problem.line(records.line, "file", "is not UTF-8 text")), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed read(Records records, int maxRows) throws IOException {
        List<String> header = records.next();
        if (header == null) {
            return new Parsed(List.of(), List.of(Problem.field("file", "is empty: the first line must name the columns "
                    + String.join(", ", COLUMNS))), 0, true);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(Problem.line(1, name, "unknown column '" + header.get(i).trim() + "'; the columns are "
                        + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(Problem.line(1, name, "the column appears twice"));
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                problems.add(Problem.line(1, column, "the column is missing"));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems, 0, true);
        }
        List<ObservationInput> inputs = new ArrayList<>();
        int read = 0;
        List<String> fields;
        while ((fields = records.next()) != null) {
            int line = records.recordLine;
            if (fields.size() == 1 && fields.get(0).isBlank() && records.error == null) {
                continue;
            }
            read++;
            if (read > maxRows) {
                return new Parsed(List.of(), List.of(Problem.field("file", "has more than " + maxRows
                        + " rows; split it into smaller files")), read, true);
            }
            if (records.error != null) {
                problems.add(Problem.line(line, null, records.error));
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(Problem.line(line, null, "has " + fields.size() + " fields; the header has " + header.size()));
                continue;
            }
            inputs.add(new ObservationInput(fields.get(columns.get("indicator")).trim(),
                    fields.get(columns.get("jurisdiction")).trim(), fields.get(columns.get("time")).trim(),
                    fields.get(columns.get("value")).trim(), line));
        }
        return new Parsed(inputs, problems, read, false);
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes and line breaks. */
    private static final class Records {
        private final BufferedReader in;
        private boolean started;
        int line = 1;
        int recordLine;
        String error;

        Records(BufferedReader in) {
            this.in = in;
        }

        private int read() throws IOException {
            int c = in.read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = in.read();
                }
            }
            if (c == '\r') {
                in.mark(1);
                int next = in.read();
                if (next != '\n' && next != -1) {
                    in.reset();
                }
                c = '\n';
            }
            if (c == '\n') {
                line++;
            }
            return c;
        }

        List<String> next() throws IOException {
            error = null;
            recordLine = line;
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                if (c == '"' && field.length() == 0) {
                    while (true) {
                        c = read();
                        if (c == -1) {
                            error = "a quoted field is not closed";
                            fields.add(field.toString());
                            return fields;
                        }
                        if (c == '"') {
                            c = read();
                            if (c == '"') {
                                field.append('"');
                                continue;
                            }
                            break;
                        }
                        field.append((char) c);
                    }
                    if (c != ',' && c != '\n' && c != -1) {
                        error = "unexpected character after the closing quote of field " + (fields.size() + 1);
                        while (c != '\n' && c != -1) {
                            c = read();
                        }
                        fields.add(field.toString());
                        return fields;
                    }
                } else {
                    while (c != ',' && c != '\n' && c != -1) {
                        field.append((char) c);
                        c = read();
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (c != ',') {
                    return fields;
                }
                c = read();
                if (c == '\n' || c == -1) {
                    fields.add("");
                    return fields;
                }
            }
        }
    }
}
