package org.rampart.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What the office gives when it turns a directive into tasks: for whom, by when, and what to show. */
@Schema(description = "Turn a directive into supervision tasks, one per receiving unit chosen.")
public record DirectiveTasksDraft(
        @Schema(description = "Codes of receiving units; absent or empty: every unit the directive was circulated to.")
        List<String> units,
        @Schema(description = "Task title in English; absent with titleZh: the directive's title.", maxLength = 300)
        String titleEn,
        @Schema(description = "Task title in Chinese.", maxLength = 300) String titleZh,
        @Schema(description = "What to do; absent: the directive's text.", maxLength = 10000) String description,
        @Schema(description = "Deadline (required), ISO date.", format = "date", example = "2026-12-31") String deadline,
        @Schema(description = "Priority; absent: NORMAL.", allowableValues = {"LOW", "NORMAL", "HIGH", "URGENT"})
        String priority,
        @Schema(description = "The evidence required to finish, at most 2,000 characters.", maxLength = 2000)
        String evidenceRequired) {
}
