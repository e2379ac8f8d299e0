package org.rampart.supervision;

import java.time.Instant;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What a receiving unit does with a directive: confirm it (any member, for the unit), report how it will implement it
 * when asked, and download its documents (each download recorded for the reader's unit).
 */
@Component
class DirectiveReceiving {

    private final DirectiveSupport support;

    DirectiveReceiving(DirectiveSupport support) {
        this.support = support;
    }

    DirectiveReceipt confirm(Actor actor, long directiveId, long receiptId) {
        DirectiveReceipt before = support.lockReceipt(actor, directiveId, receiptId);
        support.policy.requireActFor(actor, before);
        if (before.confirmed()) {
            throw BadInputException.of(null, "directive.receipt.already-confirmed", before.confirmedBy());
        }
        Directive directive = support.directives.byId(directiveId);
        Instant now = support.now();
        support.receipts.confirm(receiptId, actor.username(), now);
        DirectiveReceipt after = support.receipts.byId(receiptId);
        support.audit.record("confirm", "directive-receipt", Long.toString(receiptId), before.jurisdictionPath(),
                DirectiveSupport.snapshot(before), DirectiveSupport.snapshot(after));
        support.events.publishEvent(new DirectiveConfirmed(directiveId, directive.number(), directive.titleEn(),
                directive.titleZh(), directive.jurisdictionPath(), after.unitCode(), after.jurisdictionPath(),
                after.overdue(now), actor.username(), now));
        return after;
    }

    DirectiveReceipt report(Actor actor, long directiveId, long receiptId, String text) {
        DirectiveReceipt before = support.lockReceipt(actor, directiveId, receiptId);
        support.policy.requireActFor(actor, before);
        Directive directive = support.directives.byId(directiveId);
        if (!directive.reportRequired()) {
            throw BadInputException.of(null, "directive.report.not-asked");
        }
        if (!before.confirmed()) {
            throw BadInputException.of(null, "directive.receipt.not-confirmed");
        }
        if (before.reportedAt() != null) {
            throw BadInputException.of(null, "directive.report.already-given", before.reportedBy());
        }
        String checked = DirectiveValidator.report(text);
        Instant now = support.now();
        support.receipts.report(receiptId, checked, actor.username(), now);
        DirectiveReceipt after = support.receipts.byId(receiptId);
        support.audit.record("report", "directive-receipt", Long.toString(receiptId), before.jurisdictionPath(),
                DirectiveSupport.snapshot(before), DirectiveSupport.snapshot(after));
        support.events.publishEvent(new DirectiveImplementationReported(directiveId, directive.number(),
                directive.titleEn(), directive.titleZh(), directive.jurisdictionPath(), after.unitCode(),
                after.jurisdictionPath(), after.reportLate(directive.reportDue(), support.zone), actor.username(), now));
        return after;
    }

    /** The document with its bytes; the download is recorded for the reader's unit (and its receipt, if any). */
    DirectiveFile download(Actor actor, long directiveId, long documentId) {
        Directive directive = support.get(actor, directiveId);
        DirectiveDocument document = support.directives.documents(directiveId).stream()
                .filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        byte[] content = support.directives.documentContent(directiveId, documentId)
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        Long receiptId = support.receipts.ofUnit(directive.id(), actor.unitId()).map(DirectiveReceipt::id).orElse(null);
        support.directives.recordDownload(directiveId, documentId, receiptId, actor.unitId(), actor.username(),
                support.now());
        return new DirectiveFile(document, content);
    }
}
