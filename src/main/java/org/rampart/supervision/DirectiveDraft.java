package org.rampart.supervision;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the committee office writes: a new directive, or the new text of a draft (every member replaces the stored one). */
@Schema(description = "A directive as the committee office writes it (a draft until circulated).")
public record DirectiveDraft(
        @Schema(description = "The office's number (required), unique per sending jurisdiction, at most 64 characters.",
                example = "DP-OFFICE-2026-07", maxLength = 64) String number,
        @Schema(description = "Title in English, at most 300 characters; a title in at least one language is required.",
                maxLength = 300) String titleEn,
        @Schema(description = "Title in Chinese, at most 300 characters.", maxLength = 300) String titleZh,
        @Schema(description = "The directive's text (required), at most 20,000 characters.", maxLength = 20000) String text,
        @Schema(description = "Code of the sending jurisdiction (required on creation, in the caller's scope; ignored "
                + "when a draft is changed).", example = "DP") String jurisdiction,
        @Schema(description = "Receiving units confirm by the end of this day (ISO date, site time zone, not in the past); "
                + "absent: the default time to confirm from circulation.", example = "2026-12-10", format = "date") String confirmBy,
        @Schema(description = "True when each receiving unit must report how it will implement the directive.")
        Boolean reportRequired,
        @Schema(description = "The implementation report is due on this day (ISO date; required with reportRequired).",
                example = "2026-12-31", format = "date") String reportDue) {
}
