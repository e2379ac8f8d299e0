package org.rampart.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A sub-task of a cascade: the lead unit (a code, in the subtree of the parent's lead unit's jurisdiction), optional
 * assisting units, and optionally its own deadline (at most the parent's), titles and description; what is not given
 * is the parent's.
 */
public record SubTaskDraft(String leadUnit, List<String> assistingUnits, LocalDate deadline, String titleEn,
        String titleZh, String description) {

    public SubTaskDraft {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
    }
}
