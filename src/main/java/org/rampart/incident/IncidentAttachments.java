package org.rampart.incident;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Attach files to incidents and read them back; a file that claims to be an image must start like one. */
@Component
class IncidentAttachments {

    private final IncidentSupport support;
    private final IncidentRepository repository;

    IncidentAttachments(IncidentSupport support) {
        this.support = support;
        this.repository = support.repository;
    }

    List<Attachment> attachments(Actor actor, long id) {
        support.get(actor, id);
        return repository.attachments(id);
    }

    byte[] attachmentContent(Actor actor, long id, long attachmentId) {
        support.get(actor, id);
        return repository.attachmentContent(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    Attachment attachment(Actor actor, long id, long attachmentId) {
        return attachments(actor, id).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    Attachment attach(Actor actor, long id, String fileName, String contentType, byte[] content) {
        support.requireReporter(actor);
        support.uploadLimit.check(content.length);
        Instant now = support.clock.instant();
        Incident incident = support.lock(actor, id);
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String type = IncidentValidator.checkedType(name, contentType, content, "file");
        String sha = sha256(content);
        long attachmentId = repository.insertAttachment(id, name, type, content, sha, actor.username(), now);
        repository.event(id, now, actor.username(), TimelineEntry.Kind.ATTACHMENT, null, name,
                support.json.writeValueAsString(Map.of("attachment", attachmentId, "size", content.length)));
        support.audit.record("attach", "incident", Long.toString(id), incident.jurisdictionPath(), null,
                Map.of("attachment", attachmentId, "fileName", name, "contentType", type, "size", content.length,
                        "sha256", sha));
        return repository.attachments(id).stream().filter(a -> a.id() == attachmentId).findFirst().orElseThrow();
    }

    /** Check an upload before an incident exists (the quick report), so that a refused photo refuses the report. */
    void checkUpload(String fileName, String contentType, byte[] content) {
        support.uploadLimit.check(content.length);
        IncidentValidator.checkedType(fileName == null ? "" : fileName, contentType, content, "photo");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
