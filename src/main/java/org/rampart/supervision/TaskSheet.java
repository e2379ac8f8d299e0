package org.rampart.supervision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rampart.shared.BadInputException.Problem;

/**
 * A task file as read, before its values are checked: the data rows with their line (the header is line 1) and
 * values by column, and the problems found while reading. A fatal problem (the header, the encoding, the row limit,
 * an unreadable file) means the file is refused as a whole, even when bad rows may be skipped.
 */
record TaskSheet(List<Row> rows, List<Problem> problems, boolean fatal) {

    /** One data row: its line in the file and its values by column name (lower case), blank cells as "". */
    record Row(int line, Map<String, String> values) {

        String value(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    static TaskSheet refused(List<Problem> problems) {
        return new TaskSheet(List.of(), problems, true);
    }

    static TaskSheet refused(Problem problem) {
        return refused(List.of(problem));
    }

    /** The lines that have a problem. */
    Set<Integer> badLines() {
        Set<Integer> lines = new HashSet<>();
        for (Problem p : problems) {
            if (p.line() != null) {
                lines.add(p.line());
            }
        }
        return lines;
    }

    /** A header cell as a column name: trimmed, lower case. */
    static String columnName(String cell) {
        return cell == null ? "" : cell.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Check a header: every column known (an unknown one is refused naming the nearest known column, when one is
     * near), none twice, the required ones and a title column present. Return the problems, all on line 1.
     */
    static List<Problem> checkHeader(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isEmpty()) {
                problems.add(Problem.atLine(1, null, "supervision.import.column.blank", i + 1));
            } else if (!TaskFileColumns.known(h)) {
                String nearest = TaskFileColumns.nearest(h);
                problems.add(nearest == null
                        ? Problem.atLine(1, h, "supervision.import.column.unknown", h,
                                String.join(", ", TaskFileColumns.IMPORTED.keySet()))
                        : Problem.atLine(1, h, "supervision.import.column.unknown-suggest", h, nearest));
            } else if (!seen.add(h)) {
                problems.add(Problem.atLine(1, h, "supervision.import.column.duplicate", h));
            }
        }
        for (String required : TaskFileColumns.REQUIRED) {
            if (!seen.contains(required)) {
                problems.add(Problem.atLine(1, required, "supervision.import.column.missing", required));
            }
        }
        if (TaskFileColumns.TITLES.stream().noneMatch(seen::contains)) {
            problems.add(Problem.atLine(1, "title_en", "supervision.import.column.title-missing"));
        }
        return problems;
    }
}
