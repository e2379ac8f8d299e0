package org.rampart.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.supervision.DirectiveRecipients.Mode;
import org.rampart.supervision.ReceiptRepository.NewReceipt;
import org.springframework.stereotype.Component;

/**
 * Send a directive down: the office circulates a draft to its receiving units, and a receiving unit that has
 * confirmed it passes it on to the units directly below (which creates their receipts one level down), or says that
 * it does not apply below.
 */
@Component
class DirectiveCirculating {

    private final DirectiveSupport support;
    private final DirectiveAddressing addressing;

    DirectiveCirculating(DirectiveSupport support, DirectiveAddressing addressing) {
        this.support = support;
        this.addressing = addressing;
    }

    Directive circulate(Actor actor, long id, DirectiveRecipients recipients) {
        support.policy.requireWrite(actor);
        Directive before = support.lockSent(actor, id);
        DirectiveDrafting.refuseUnless(before.status().circulate());
        List<Problem> problems = new ArrayList<>();
        Mode mode = DirectiveAddressing.mode(recipients, false, problems);
        Instant now = support.now();
        Instant confirmBy = before.confirmBy() != null ? before.confirmBy() : now.plus(support.settings.confirmWithin());
        if (!confirmBy.isAfter(now)) {
            problems.add(Problem.at("confirmBy", "directive.confirm-by.past",
                    confirmBy.minusNanos(1).atZone(support.zone).toLocalDate()));
        }
        if (before.reportDue() != null && before.reportDue().isBefore(support.today())) {
            problems.add(Problem.at("reportDue", "directive.report-due.past", before.reportDue()));
        }
        BadInputException.throwIfAny(problems);
        JurisdictionRef base = support.jurisdictions.ref(before.jurisdictionId()).orElseThrow();
        List<NewReceipt> to = addressing.resolve(actor, base, mode, recipients, false,
                support.receipts.receivingUnits(id));
        for (NewReceipt r : to) {
            support.receipts.insert(id, null, 1, r, now, confirmBy);
        }
        support.directives.circulate(id, confirmBy, actor.username(), now);
        Directive after = support.directives.byId(id);
        List<String> units = to.stream().map(NewReceipt::unitCode).toList();
        Map<String, Object> audited = new LinkedHashMap<>(DirectiveSupport.snapshot(after));
        audited.put("recipients", units);
        support.audit.record("circulate", "directive", Long.toString(id), after.jurisdictionPath(),
                DirectiveSupport.snapshot(before), audited);
        support.events.publishEvent(new DirectiveCirculated(id, after.number(), after.titleEn(), after.titleZh(),
                after.jurisdictionPath(), units, confirmBy, actor.username(), now));
        return after;
    }

    /** Pass a confirmed receipt on; returns the receipt after the decision. */
    DirectiveReceipt passOn(Actor actor, long directiveId, long receiptId, DirectiveRecipients recipients) {
        DirectiveReceipt before = support.lockReceipt(actor, directiveId, receiptId);
        support.policy.requireActFor(actor, before);
        Directive directive = support.directives.lock(directiveId);
        List<Problem> problems = new ArrayList<>();
        Mode mode = DirectiveAddressing.mode(recipients, true, problems);
        if (!before.confirmed()) {
            problems.add(Problem.at(null, "directive.receipt.not-confirmed"));
        }
        String note = recipients == null ? null
                : Checks.text("note", recipients.note(), DirectiveAddressing.MAX_NOTE, mode == Mode.NONE, problems);
        if (mode == Mode.NONE && before.passOn() == PassOn.PASSED) {
            problems.add(Problem.at("mode", "directive.receipt.already-passed-on"));
        }
        BadInputException.throwIfAny(problems);
        Instant now = support.now();
        List<String> units = List.of();
        if (mode == Mode.NONE) {
            support.receipts.passOn(receiptId, PassOn.NOT_APPLICABLE, note, actor.username(), now);
        } else {
            JurisdictionRef base = support.jurisdictions.ref(before.jurisdictionId()).orElseThrow();
            List<NewReceipt> to = addressing.resolve(actor, base, mode, recipients, true,
                    support.receipts.receivingUnits(directiveId));
            Instant confirmBy = now.plus(support.settings.confirmWithin());
            for (NewReceipt r : to) {
                support.receipts.insert(directiveId, receiptId, before.depth() + 1, r, now, confirmBy);
            }
            support.receipts.passOn(receiptId, PassOn.PASSED, note, actor.username(), now);
            units = to.stream().map(NewReceipt::unitCode).toList();
            support.events.publishEvent(new DirectivePassedOn(directiveId, directive.number(), directive.titleEn(),
                    directive.titleZh(), directive.jurisdictionPath(), before.unitCode(), units, confirmBy,
                    actor.username(), now));
        }
        support.directives.touch(directiveId, now);
        DirectiveReceipt after = support.receipts.byId(receiptId);
        Map<String, Object> audited = new LinkedHashMap<>(DirectiveSupport.snapshot(after));
        audited.put("passedOnTo", units);
        support.audit.record("pass-on", "directive-receipt", Long.toString(receiptId), before.jurisdictionPath(),
                DirectiveSupport.snapshot(before), audited);
        return after;
    }
}
