package org.rampart.jurisdiction;

import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/**
 * What an import did: rows imported, rows refused with the line and reason of each.
 *
 * @param imported rows written; 0 when any row was bad and skipping was not asked for
 */
public record ImportReport(int read, int imported, List<Problem> problems, boolean skipBad) {

    public boolean complete() {
        return problems.isEmpty();
    }

    /** True when nothing was imported because of the problems found. */
    public boolean refused() {
        return imported == 0 && !problems.isEmpty();
    }
}
