package org.rampart.supervision;

import java.time.Instant;

/** A document of a directive (the circular, an annex), without its bytes. */
public record DirectiveDocument(long id, long directiveId, String fileName, String contentType, long size,
        String sha256, String uploadedBy, Instant uploadedAt) {
}
