package org.rampart.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A meeting series; creating it schedules its first occurrence. */
public record SeriesDraft(
        @Schema(description = "Code of the jurisdiction whose committee meets") String jurisdiction,
        @Schema(implementation = MeetingType.class) String type,
        @Schema(implementation = Recurrence.class) String recurrence,
        String titleEn, String titleZh,
        @Schema(description = "Date of the first occurrence, YYYY-MM-DD", example = "2026-01-05") String firstDate,
        @Schema(description = "Local start time in the site's time zone, HH:MM", example = "09:00") String startTime,
        String location,
        @Schema(description = "Codes of the units each occurrence invites") List<String> units) {
}
