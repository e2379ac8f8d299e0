package org.rampart.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * One task a decision becomes. The source (the decision), its number and the assigning jurisdiction (the meeting's)
 * are filled in; titles in either language, one of them required.
 */
public record DecisionTaskDraft(String titleEn, String titleZh, String description,
        @Schema(description = "Code of the assigning unit of the meeting's jurisdiction (optional)") String assigningUnit,
        @Schema(description = "Code of the lead unit (in the meeting's jurisdiction subtree)") String leadUnit,
        @Schema(description = "Codes of the assisting units") List<String> assistingUnits,
        @Schema(description = "YYYY-MM-DD", example = "2026-06-30") LocalDate deadline,
        @Schema(implementation = TaskPriority.class) TaskPriority priority, String evidenceRequired,
        List<MilestoneDraft> milestones) {
}
