package org.rampart.supervision;

import java.time.Instant;

/** A file of a progress report or, when {@code evidence}, of a submission; {@code eventId} is its history entry. */
public record TaskAttachment(long id, long taskId, Long eventId, boolean evidence, String filename, String contentType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
