package org.rampart.supervision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Write a directive: create a draft, change it, attach and remove its documents (drafts only). */
@Component
class DirectiveDrafting {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,62}/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,62}");

    private final DirectiveSupport support;

    DirectiveDrafting(DirectiveSupport support) {
        this.support = support;
    }

    Directive create(Actor actor, DirectiveDraft draft) {
        support.policy.requireWrite(actor);
        DirectiveRepository.Row row = DirectiveValidator.check(draft, support.today(), support::endOf);
        String code = draft.jurisdiction() == null ? "" : draft.jurisdiction().trim();
        if (code.isEmpty()) {
            throw BadInputException.of("jurisdiction", "value.required");
        }
        Jurisdiction place = support.jurisdictions.find(actor, code).filter(Jurisdiction::active)
                .orElseThrow(() -> BadInputException.of("jurisdiction", "jurisdiction.unknown", code));
        if (support.directives.numberTaken(place.id(), row.number(), -1)) {
            throw BadInputException.of("number", "directive.number.taken", row.number(), place.code());
        }
        // the office's unit sends it when the author belongs to a unit of that jurisdiction
        Unit unit = actor.unitId() == null ? null : support.jurisdictions.units(Actor.system(), place.code()).stream()
                .filter(u -> u.id() == actor.unitId()).findFirst().orElse(null);
        Instant now = support.now();
        long id = support.directives.insert(row, place.id(), place.code(), place.path(),
                unit == null ? null : unit.id(), unit == null ? null : unit.code(), actor.username(), now);
        Directive created = support.directives.byId(id);
        support.audit.record("create", "directive", Long.toString(id), created.jurisdictionPath(), null,
                DirectiveSupport.snapshot(created));
        return created;
    }

    Directive update(Actor actor, long id, DirectiveDraft draft) {
        support.policy.requireWrite(actor);
        Directive before = support.lockSent(actor, id);
        refuseUnless(before.status().edit());
        DirectiveRepository.Row row = DirectiveValidator.check(draft, support.today(), support::endOf);
        if (support.directives.numberTaken(before.jurisdictionId(), row.number(), id)) {
            throw BadInputException.of("number", "directive.number.taken", row.number(), before.jurisdictionCode());
        }
        if (!support.directives.update(id, before.version(), row, support.now())) {
            throw new ConflictException("Directive " + id + " was changed meanwhile.");
        }
        Directive after = support.directives.byId(id);
        support.audit.record("update", "directive", Long.toString(id), after.jurisdictionPath(),
                DirectiveSupport.snapshot(before), DirectiveSupport.snapshot(after));
        return after;
    }

    DirectiveDocument attach(Actor actor, long id, String fileName, String contentType, byte[] content) {
        support.policy.requireWrite(actor);
        support.uploadLimit.check(content.length);
        Directive directive = support.lockSent(actor, id);
        refuseUnless(directive.status().edit());
        if (content.length == 0) {
            throw BadInputException.of("file", "directive.document.empty");
        }
        List<DirectiveDocument> documents = support.directives.documents(id);
        if (documents.size() >= support.settings.maxDocuments()) {
            throw BadInputException.of("file", "directive.documents.too-many", support.settings.maxDocuments());
        }
        long total = documents.stream().mapToLong(DirectiveDocument::size).sum() + content.length;
        if (total > support.settings.maxDocumentBytes()) {
            throw BadInputException.of("file", "directive.documents.too-large",
                    support.settings.maxDocumentBytes() / (1024 * 1024));
        }
        String name = fileName == null || fileName.isBlank() ? "document"
                : fileName.replaceAll("[\\p{Cntrl}/\\\\\"]", "_").trim();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String type = contentType == null || !MEDIA_TYPE.matcher(contentType.trim()).matches()
                ? "application/octet-stream" : contentType.trim().toLowerCase(java.util.Locale.ROOT);
        String sha = sha256(content);
        Instant now = support.now();
        long documentId = support.directives.insertDocument(id, name, type, content, sha, actor.username(), now);
        support.directives.touch(id, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", documentId);
        after.put("fileName", name);
        after.put("contentType", type);
        after.put("size", content.length);
        after.put("sha256", sha);
        support.audit.record("attach", "directive", Long.toString(id), directive.jurisdictionPath(), null, after);
        return support.directives.documents(id).stream().filter(d -> d.id() == documentId).findFirst().orElseThrow();
    }

    void removeDocument(Actor actor, long id, long documentId) {
        support.policy.requireWrite(actor);
        Directive directive = support.lockSent(actor, id);
        refuseUnless(directive.status().edit());
        DirectiveDocument document = support.directives.documents(id).stream().filter(d -> d.id() == documentId)
                .findFirst().orElseThrow(() -> new NotFoundException("document " + documentId));
        support.directives.deleteDocument(id, documentId);
        support.directives.touch(id, support.now());
        support.audit.record("remove-document", "directive", Long.toString(id), directive.jurisdictionPath(),
                Map.of("document", documentId, "fileName", document.fileName(), "sha256", document.sha256()), null);
    }

    static void refuseUnless(DirectiveStatus.Transition transition) {
        if (transition.refused()) {
            throw new BadInputException(List.of(transition.refusal()));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
