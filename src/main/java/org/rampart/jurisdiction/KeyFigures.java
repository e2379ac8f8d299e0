package org.rampart.jurisdiction;

import java.util.Map;

/**
 * Figures of a subtree: how many jurisdictions it holds at each level below it, units, and population.
 *
 * @param countsByLevel level number to the number of active jurisdictions at that level within the subtree
 */
public record KeyFigures(Map<Integer, Long> countsByLevel, Map<Integer, Long> unitsByLevel, long units, Long population) {
}
