package org.rampart.audit.web;

import java.time.ZoneId;
import org.rampart.audit.AuditEntry;
import org.rampart.audit.AuditManagement;
import org.rampart.audit.AuditVerification;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit API: entries in the caller's scope, newest first, and the administrator's chain check. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditManagement audit;
    private final ZoneId zone;

    AuditApiController(AuditManagement audit, @Value("${rampart.time-zone:}") String zone) {
        this.audit = audit;
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /** Filter by actor, entityType, entityId, action and the time range from (inclusive) to (exclusive for instants). */
    @GetMapping
    Page<AuditEntry> search(@ParameterObject AuditQuery query) {
        var actor = CurrentActor.get();
        audit.requireReader(actor);
        return audit.search(actor, query.filter(zone), query.paging(50));
    }

    /** The chain check as JSON, with {@code intact} spelled out for clients. */
    record VerificationView(boolean intact, long checked, Long firstBrokenId, String problem) {

        static VerificationView of(AuditVerification v) {
            return new VerificationView(v.intact(), v.checked(), v.firstBrokenId(), v.problem());
        }
    }

    @PostMapping("/verify")
    VerificationView verify() {
        return VerificationView.of(audit.verify(CurrentActor.get()));
    }
}
