package org.rampart.warning.cap;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.rampart.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The public-warning workflow over JSON: drafts from warnings or published messages, approval, publication. */
@RestController
class CapDraftApiController {

    private final CapDraftManagement drafts;

    CapDraftApiController(CapDraftManagement drafts) {
        this.drafts = drafts;
    }

    record DraftView(long id, String state, String msgType, Long warningId, Long referencesMessageId,
            Long publishedMessageId, String publishedUrl, String jurisdictionCode, String eventEn, String eventZh,
            String category, String urgency, String severity, String certainty, OffsetDateTime expires,
            String headlineEn, String descriptionEn, String instructionEn, String headlineZh, String descriptionZh,
            String instructionZh, String areaDesc, List<String> polygons, String createdBy, String approvedBy,
            String rejectedBy, String rejectReason) {

        static DraftView of(CapDraft d) {
            CapDraft.Content c = d.content();
            return new DraftView(d.id(), d.state().name(), d.msgType(), d.warningId(), d.referencesMessageId(),
                    d.publishedMessageId(),
                    d.publishedMessageId() == null ? null : "/cap/messages/" + d.publishedMessageId() + ".xml",
                    d.jurisdictionCode(), c.eventEn(), c.eventZh(), c.category(), c.urgency(), c.severity(),
                    c.certainty(), c.expires().atOffset(ZoneOffset.UTC), c.headlineEn(), c.descriptionEn(),
                    c.instructionEn(), c.headlineZh(), c.descriptionZh(), c.instructionZh(), c.areaDesc(),
                    d.polygons(), d.createdBy(), d.approvedBy(), d.rejectedBy(), d.rejectReason());
        }
    }

    record ContentRequest(String eventEn, String eventZh, String category, String urgency, String severity,
            String certainty, OffsetDateTime expires, String headlineEn, String descriptionEn, String instructionEn,
            String headlineZh, String descriptionZh, String instructionZh, String areaDesc) {

        CapDraft.Content content() {
            return new CapDraft.Content(eventEn, eventZh, category, urgency, severity, certainty,
                    expires == null ? null : expires.toInstant(), headlineEn, descriptionEn, instructionEn, headlineZh,
                    descriptionZh, instructionZh, areaDesc);
        }
    }

    record RejectRequest(String reason) {
    }

    private static ResponseEntity<DraftView> created(CapDraft draft) {
        return ResponseEntity.created(URI.create("/api/v1/cap-drafts/" + draft.id())).body(DraftView.of(draft));
    }

    @PostMapping("/api/v1/warnings/{id}/cap-drafts")
    ResponseEntity<DraftView> fromWarning(@PathVariable long id) {
        return created(drafts.fromWarning(CurrentActor.get(), id));
    }

    @PostMapping("/api/v1/cap/messages/{id}/update-draft")
    ResponseEntity<DraftView> updateDraft(@PathVariable long id) {
        return created(drafts.fromPublished(CurrentActor.get(), id, false));
    }

    @PostMapping("/api/v1/cap/messages/{id}/cancel-draft")
    ResponseEntity<DraftView> cancelDraft(@PathVariable long id) {
        return created(drafts.fromPublished(CurrentActor.get(), id, true));
    }

    @GetMapping("/api/v1/cap-drafts")
    List<DraftView> list() {
        return drafts.list(CurrentActor.get()).stream().map(DraftView::of).toList();
    }

    @GetMapping("/api/v1/cap-drafts/{id}")
    DraftView get(@PathVariable long id) {
        return DraftView.of(drafts.get(CurrentActor.get(), id));
    }

    @PutMapping("/api/v1/cap-drafts/{id}")
    DraftView update(@PathVariable long id, @RequestBody ContentRequest request) {
        return DraftView.of(drafts.update(CurrentActor.get(), id, request.content()));
    }

    @PostMapping("/api/v1/cap-drafts/{id}/approve")
    DraftView approve(@PathVariable long id) {
        return DraftView.of(drafts.approve(CurrentActor.get(), id));
    }

    @PostMapping("/api/v1/cap-drafts/{id}/reject")
    DraftView reject(@PathVariable long id, @RequestBody(required = false) RejectRequest request) {
        return DraftView.of(drafts.reject(CurrentActor.get(), id, request == null ? null : request.reason()));
    }

    @PostMapping("/api/v1/cap-drafts/{id}/publish")
    DraftView publish(@PathVariable long id) {
        return DraftView.of(drafts.publish(CurrentActor.get(), id).draft());
    }
}
