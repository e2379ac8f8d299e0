package org.rampart.incident;

import java.time.Instant;

/** A file attached to an incident (its bytes are read separately). */
public record Attachment(long id, long incidentId, String fileName, String contentType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
