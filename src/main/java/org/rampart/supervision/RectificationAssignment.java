package org.rampart.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A rectification item to turn into a task: which item (0-based), the lead unit's code, assisting units' codes (may
 * be null), the deadline and the priority (null: normal).
 */
public record RectificationAssignment(int item, String leadUnit, List<String> assistingUnits, LocalDate deadline,
        TaskPriority priority) {

    public RectificationAssignment {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
    }
}
