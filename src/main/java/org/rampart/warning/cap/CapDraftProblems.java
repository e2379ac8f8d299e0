package org.rampart.warning.cap;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The labels of the CAP draft form's fields, for the problems of a refused draft. */
@Component
class CapDraftProblems implements ProblemCatalog {

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
