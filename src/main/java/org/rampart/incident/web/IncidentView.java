package org.rampart.incident.web;

import java.math.BigDecimal;
import java.util.List;
import org.rampart.incident.Attachment;
import org.rampart.incident.Incident;
import org.rampart.incident.ReportStep;

/** An incident as the API answers it. */
record IncidentView(long id, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.incident.IncidentType.class) String type, String subType, String title, String description, String jurisdiction,
        Double longitude, Double latitude, String occurredAt, String reportedAt, String reporter, String organisation,
        int deaths, int seriousInjuries, int missing, int affected, @io.swagger.v3.oas.annotations.media.Schema(description = "Direct economic loss in 10,000 CNY (万元).") BigDecimal economicLoss,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.incident.IncidentStatus.class) String status,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.incident.IncidentGrade.class) String grade,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.incident.IncidentGrade.class) String computedGrade, String gradeExplanation,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.incident.IncidentGrade.class) String gradeOverride, String overrideReason,
        List<String> warningRefs, List<String> riskRefs, String finalCause, String finalLessons,
        String finalRectification, String supplementaryDueAt, String nextFollowUpAt, boolean overdue,
        List<StepView> chain, List<StepView> earlierChain, List<AttachmentView> attachments) {

    /** One level of the reporting chain; {@code supersededAt} set for a step kept from a place moved away from. */
    record StepView(long id, int level, boolean external, String jurisdiction, String dueAt, String confirmedAt,
            String confirmedBy, boolean overdue, String supersededAt) {

        static StepView of(ReportStep s, java.time.Instant now) {
            return new StepView(s.id(), s.level(), s.external(), s.external() ? "national" : s.jurisdictionCode(),
                    s.dueAt().toString(), str(s.confirmedAt()), s.confirmedBy(), s.overdue(now), str(s.supersededAt()));
        }
    }

    /** An attachment's description. */
    record AttachmentView(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
            String uploadedAt, String href) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploadedBy(),
                    a.uploadedAt().toString(), "/api/v1/incidents/" + a.incidentId() + "/attachments/" + a.id());
        }
    }

    static IncidentView of(Incident i, List<ReportStep> steps, List<ReportStep> earlier, List<Attachment> attachments) {
        java.time.Instant now = java.time.Instant.now();
        return new IncidentView(i.id(), i.type().name(), i.subType(), i.title(), i.description(), i.jurisdictionCode(),
                i.longitude(), i.latitude(), str(i.occurredAt()), str(i.reportedAt()), i.reporter(), i.organisation(),
                i.figures().deaths(), i.figures().seriousInjuries(), i.figures().missing(), i.figures().affected(),
                i.figures().economicLoss(), i.status().name(), i.grade().name(), i.computedGrade().name(),
                i.gradeExplanation(), i.gradeOverride() == null ? null : i.gradeOverride().name(), i.overrideReason(),
                i.warningRefs(), i.riskRefs(), i.finalCause(), i.finalLessons(), i.finalRectification(),
                str(i.supplementaryDueAt()), str(i.nextFollowUpAt()), i.overdue(),
                steps == null ? null : steps.stream().map(s -> StepView.of(s, now)).toList(),
                earlier == null ? null : earlier.stream().map(s -> StepView.of(s, now)).toList(),
                attachments == null ? null : attachments.stream().map(AttachmentView::of).toList());
    }

    static String str(java.time.Instant t) {
        return t == null ? null : t.toString();
    }
}
