package org.rampart.warning.cap;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The reasons that {@code CapDraftManagement} gives for a refused draft, and the draft form's labels. */
@Component
class CapDraftProblems implements ProblemCatalog {

    @Override
    public Map<String, String> reasons() {
        return Map.ofEntries(
            Map.entry("is required", "cap.problem.required"),
            Map.entry("must be at most (\\d+) characters", "cap.problem.maxLength"),
            Map.entry("must be one of \\[(.*)\\], not '(.*)'", "cap.problem.oneOf"),
            Map.entry("is not a date and time: '(.*)'", "cap.problem.dateTime"),
            Map.entry("is required: say why the draft is rejected", "cap.problem.rejectReason"));
    }

    @Override
    public Map<String, String> fields() {
        return Map.ofEntries(
            Map.entry("eventEn", "cap.field.eventEn"),
            Map.entry("eventZh", "cap.field.eventZh"),
            Map.entry("headlineEn", "cap.field.headlineEn"),
            Map.entry("headlineZh", "cap.field.headlineZh"),
            Map.entry("descriptionEn", "cap.field.descriptionEn"),
            Map.entry("descriptionZh", "cap.field.descriptionZh"),
            Map.entry("instructionEn", "cap.field.instructionEn"),
            Map.entry("instructionZh", "cap.field.instructionZh"),
            Map.entry("category", "cap.draft.category"),
            Map.entry("urgency", "cap.draft.urgency"),
            Map.entry("severity", "cap.col.severity"),
            Map.entry("certainty", "cap.draft.certainty"),
            Map.entry("expires", "cap.draft.expires"),
            Map.entry("areaDesc", "cap.col.area"),
            Map.entry("reason", "cap.draft.rejectReason"));
    }
}
