package org.rampart.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A meeting as typed in a form or an API call. On a change, null members keep their values (the jurisdiction, once
 * set, never changes); {@code version} is the version read, refused with 409 when the meeting changed meanwhile.
 */
public record MeetingDraft(
        @Schema(description = "Code of the jurisdiction whose committee meets (in the caller's scope)") String jurisdiction,
        @Schema(implementation = MeetingType.class) String type,
        String titleEn, String titleZh,
        @Schema(description = "Start, ISO-8601 with an offset", example = "2026-05-04T09:00:00+08:00") String startsAt,
        String location,
        @Schema(description = "Codes of the attending units (of the jurisdiction, below it or above it)") List<String> units,
        @Schema(description = "Agenda items on creation (changes go through the agenda endpoints)") List<AgendaItemDraft> agenda,
        @Schema(description = "The minutes (plain text)") String minutes,
        @Schema(description = "The version read (changes only)") Integer version) {
}
