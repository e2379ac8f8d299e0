package org.rampart.indicator;

import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/**
 * The outcome of one ingestion: items received, values stored (new or corrected), values that were already
 * stored unchanged, and every rejected item with its index or line, field and reason. {@code refused} is true when
 * nothing was written because an item was bad and the caller did not ask to skip bad items.
 */
public record IngestReport(int received, int stored, int unchanged, List<Problem> rejected, boolean refused) {
}
