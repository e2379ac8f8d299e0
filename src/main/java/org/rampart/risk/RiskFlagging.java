package org.rampart.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Flag the open risks linked to an indicator for re-assessment when a serious warning about a jurisdiction in or
 * above their area is raised: a system change, audited as such. A risk already flagged by the same warning is left
 * alone, so that a redelivered event changes nothing.
 */
@Component
class RiskFlagging {

    private final RiskRepository repository;
    private final AuditManagement audit;
    private final RiskSupport support;

    RiskFlagging(RiskRepository repository, AuditManagement audit, RiskSupport support) {
        this.repository = repository;
        this.audit = audit;
        this.support = support;
    }

    /** Flag the linked risks; return the codes of the risks flagged now. */
    List<String> flag(long warningId, String indicatorCode, String warningPath, String reason) {
        List<String> flagged = new ArrayList<>();
        Instant now = support.now();
        for (RiskRepository.LinkedRisk linked : repository.openRisksLinkedTo(indicatorCode, warningPath)) {
            if (linked.flagged() && Long.valueOf(warningId).equals(linked.warningId())) {
                continue;
            }
            Risk before = repository.findByCode(linked.jurisdictionPath(), linked.code()).orElseThrow();
            repository.flag(linked.id(), reason, warningId, now);
            Risk after = repository.findByCode(linked.jurisdictionPath(), linked.code()).orElseThrow();
            audit.recordAs(Actor.system().username(), "flag", "risk", linked.code(), linked.jurisdictionPath(),
                    snapshot(before), snapshot(after));
            flagged.add(linked.code());
        }
        return flagged;
    }

    private static Map<String, Object> snapshot(Risk r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reassessmentNeeded", r.reassessmentNeeded());
        m.put("reassessmentReason", r.reassessmentReason());
        m.put("reassessmentWarningId", r.reassessmentWarningId());
        return m;
    }
}
