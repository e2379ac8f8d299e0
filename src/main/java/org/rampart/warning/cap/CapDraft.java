package org.rampart.warning.cap;

import java.time.Instant;
import java.util.List;

/**
 * A public-warning draft: prepared by a coordinator, approved by a second person, then published as a CAP message.
 *
 * @param warningId the warning it was prepared from; null for none
 * @param referencesMessageId the earlier published message that an Update or Cancel refers to; null for an Alert
 * @param publishedMessageId the CAP message it became; null until published
 * @param polygons the area as CAP polygons, "lat,lon lat,lon ..." closed rings
 */
record CapDraft(long id, State state, String msgType, Long warningId, Long referencesMessageId,
        Long publishedMessageId, String jurisdictionCode, String jurisdictionPath, Content content,
        List<String> polygons, String createdBy, Instant createdAt, String approvedBy, String rejectedBy,
        String rejectReason) {

    enum State { DRAFT, APPROVED, PUBLISHED, REJECTED }

    CapDraft {
        polygons = List.copyOf(polygons);
    }

    /** What an editor may change: the CAP fields of both info blocks, in English and in Simplified Chinese. */
    record Content(String eventEn, String eventZh, String category, String urgency, String severity, String certainty,
            Instant expires, String headlineEn, String descriptionEn, String instructionEn, String headlineZh,
            String descriptionZh, String instructionZh, String areaDesc) {
    }
}
