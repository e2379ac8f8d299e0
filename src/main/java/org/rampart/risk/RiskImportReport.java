package org.rampart.risk;

import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/**
 * What an import of the register did: rows read, risks created and changed, and the problem of each refused row (its
 * line, counted with the header as line 1, and its column).
 *
 * @param created risks created; 0 with {@code updated} when any row was bad and skipping was not asked for
 */
public record RiskImportReport(int read, int created, int updated, List<Problem> problems, boolean skipBad) {

    public int imported() {
        return created + updated;
    }
}
