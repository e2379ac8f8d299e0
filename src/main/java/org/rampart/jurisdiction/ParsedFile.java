package org.rampart.jurisdiction;

import java.util.List;
import java.util.Set;
import org.rampart.shared.BadInputException.Problem;

/**
 * What a parser read from an import file.
 *
 * @param rows the rows read, including those on {@code badLines} (their unreadable values left null)
 * @param problems what could not be read, by line (CSV) or feature number (GeoJSON)
 * @param badLines lines of {@code rows} that must not be imported
 * @param read how many records (CSV lines after the header, GeoJSON features) the file holds
 * @param fatal true when the file as a whole cannot be imported (header, encoding, syntax, size)
 */
record ParsedFile(List<ImportRow> rows, List<Problem> problems, Set<Integer> badLines, int read, boolean fatal) {

    static ParsedFile fatal(int read, List<Problem> problems) {
        return new ParsedFile(List.of(), List.copyOf(problems), Set.of(), read, true);
    }
}
