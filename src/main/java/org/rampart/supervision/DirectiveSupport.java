package org.rampart.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the directive use cases share: their collaborators, the clock and the site's zone, and the small steps they all
 * take (find or lock a directive or a receipt the actor sees, snapshots for the audit).
 */
@Component
class DirectiveSupport {

    final DirectiveRepository directives;
    final ReceiptRepository receipts;
    final JurisdictionManagement jurisdictions;
    final AuditManagement audit;
    final ApplicationEventPublisher events;
    final DirectiveSettings settings;
    final UploadLimit uploadLimit;
    final DirectivePolicy policy;
    final Clock clock;
    final ZoneId zone;

    DirectiveSupport(DirectiveRepository directives, ReceiptRepository receipts, JurisdictionManagement jurisdictions,
            AuditManagement audit, ApplicationEventPublisher events, DirectiveSettings settings, UploadLimit uploadLimit,
            DirectivePolicy policy, Optional<Clock> clock, @Value("${rampart.time-zone:}") String zone) {
        this.directives = directives;
        this.receipts = receipts;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.uploadLimit = uploadLimit;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemUTC());
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /** The same collaborators with the clock set to {@code clock} (for replaying history: demo data, imports). */
    DirectiveSupport at(Clock clock) {
        return new DirectiveSupport(directives, receipts, jurisdictions, audit, events, settings, uploadLimit, policy,
                Optional.of(clock), zone.getId());
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The end of a day in the site's zone (the start of the next one): a "by this day" deadline. */
    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The directive the actor sees; not found otherwise (a draft only from the sending scope). */
    Directive get(Actor actor, long id) {
        return directives.find(actor.scopePath(), actor.unitId(), id)
                .orElseThrow(() -> new NotFoundException("directive " + id));
    }

    /** The directive of the sending scope, locked for a change; not found outside it. */
    Directive lockSent(Actor actor, long id) {
        return directives.lockSent(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("directive " + id));
    }

    /** The receipt the actor sees, locked for a change; not found otherwise. */
    DirectiveReceipt lockReceipt(Actor actor, long directiveId, long receiptId) {
        get(actor, directiveId);
        return receipts.lock(directiveId, receiptId, actor.scopePath(), actor.unitId())
                .orElseThrow(() -> new NotFoundException("receipt " + receiptId));
    }

    static Map<String, Object> snapshot(Directive d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("number", d.number());
        m.put("titleEn", d.titleEn());
        m.put("titleZh", d.titleZh());
        m.put("text", d.text());
        m.put("jurisdiction", d.jurisdictionCode());
        m.put("sendingUnit", d.sendingUnitCode());
        m.put("status", d.status().name());
        m.put("confirmBy", d.confirmBy() == null ? null : d.confirmBy().toString());
        m.put("reportRequired", d.reportRequired());
        m.put("reportDue", d.reportDue() == null ? null : d.reportDue().toString());
        return m;
    }

    static Map<String, Object> snapshot(DirectiveReceipt r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("directive", r.directiveId());
        m.put("unit", r.unitCode());
        m.put("confirmBy", r.confirmBy().toString());
        m.put("confirmedAt", r.confirmedAt() == null ? null : r.confirmedAt().toString());
        m.put("confirmedBy", r.confirmedBy());
        m.put("passOn", r.passOn() == null ? null : r.passOn().name());
        m.put("passOnNote", r.passOnNote());
        m.put("reportedAt", r.reportedAt() == null ? null : r.reportedAt().toString());
        m.put("reportText", r.reportText());
        m.put("task", r.taskId());
        return m;
    }
}
