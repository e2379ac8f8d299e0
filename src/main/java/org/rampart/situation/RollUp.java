package org.rampart.situation;

import java.util.List;
import java.util.Map;

/**
 * A domain x child-jurisdiction matrix for a jurisdiction: the highest level and the number of open risks in each
 * cell. The first column is the jurisdiction's own risks (those registered at it, not below it).
 *
 * @param columns the jurisdiction itself, then its children in code order
 * @param domains the domains with at least one open risk in the subtree, in taxonomy order
 * @param cells the non-empty cells
 * @param highestByChild the highest level of open risks below each child (children without any are left out)
 */
public record RollUp(String jurisdiction, List<Named> columns, List<Named> domains, List<Cell> cells,
        Map<String, String> highestByChild) {

    /** One non-empty cell: a domain at a column (a jurisdiction code). */
    public record Cell(String domain, String column, String level, int count) {
    }

    /** Return the cell of a domain and a column, or null when it is empty. */
    public Cell cell(String domain, String column) {
        for (Cell c : cells) {
            if (c.domain().equals(domain) && c.column().equals(column)) {
                return c;
            }
        }
        return null;
    }
}
