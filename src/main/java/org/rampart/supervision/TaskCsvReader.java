package org.rampart.supervision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CsvRecords;

/**
 * Read a task file in CSV (RFC 4180, UTF-8 with an optional byte order mark) as it streams in: text that is not UTF-8
 * is refused naming its line, and a file with more data rows than the limit is refused as soon as the row after the
 * limit is reached, without reading the rest. A cell starting with {@code =} is a formula a spreadsheet would run,
 * and refused: a task file holds values.
 */
final class TaskCsvReader {

    private TaskCsvReader() {
    }

    static TaskSheet read(InputStream in, int maxRows) {
        CsvRecords records = new CsvRecords(new BufferedReader(new Utf8LineReader(in), 65536));
        try {
            return read(records, maxRows);
        } catch (Utf8LineReader.InvalidUtf8 e) {
            return TaskSheet.refused(Problem.atLine(e.line(), "file", "encoding.invalid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TaskSheet read(CsvRecords records, int maxRows) throws IOException {
        List<String> cells = records.next();
        if (cells == null || (cells.size() == 1 && cells.get(0).isBlank())) {
            return TaskSheet.refused(Problem.atLine(1, "file", "file.empty"));
        }
        if (records.problem() != null) {
            return TaskSheet.refused(records.problem());
        }
        List<String> header = cells.stream().map(TaskSheet::columnName).toList();
        List<Problem> headerProblems = TaskSheet.checkHeader(header);
        if (!headerProblems.isEmpty()) {
            return TaskSheet.refused(headerProblems);
        }
        List<TaskSheet.Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int read = 0;
        for (List<String> fields = records.next(); fields != null; fields = records.next()) {
            int line = records.recordLine();
            if (records.problem() == null && fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (++read > maxRows) {
                return TaskSheet.refused(Problem.atLine(line, "file", "supervision.import.too-many-rows", maxRows));
            }
            if (records.problem() != null) {
                problems.add(records.problem());
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(Problem.atLine(line, null, "supervision.import.field-count", fields.size(), header.size()));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String v = fields.get(i);
                if (v.startsWith("=")) {
                    problems.add(Problem.atLine(line, header.get(i), "supervision.import.formula", cellName(i, line)));
                }
                values.put(header.get(i), v);
            }
            rows.add(new TaskSheet.Row(line, values));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            return TaskSheet.refused(Problem.atLine(1, "file", "supervision.import.no-rows"));
        }
        return new TaskSheet(rows, problems, false);
    }

    /** A cell's name as a spreadsheet shows it (A1), for the reader to find it. */
    static String cellName(int column, int line) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.append(line).toString();
    }
}
