package org.rampart.risk;

import java.util.List;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Flag risks for re-assessment when a warning of one of their indicators is raised at, or upgraded to, orange or
 * red. Runs after the warning's transaction commits; the event publication registry redelivers it after a restart,
 * and a risk already flagged by the same warning is left alone.
 */
@Component
class RiskWarningListener {

    private static final Logger LOG = LoggerFactory.getLogger(RiskWarningListener.class);

    private final RiskManagement risks;

    RiskWarningListener(RiskManagement risks) {
        this.risks = risks;
    }

    @ApplicationModuleListener
    void on(WarningChanged event) {
        if (!serious(event)) {
            return;
        }
        String reason = "Warning " + event.warningId() + " " + event.change().name().toLowerCase(java.util.Locale.ROOT)
                + " to " + event.to() + " on indicator " + event.indicatorCode() + " in " + event.jurisdictionCode();
        List<String> flagged = risks.flagForReassessment(event.warningId(), event.indicatorCode(),
                event.jurisdictionPath(), reason);
        if (!flagged.isEmpty()) {
            LOG.info("risks flagged for re-assessment by warning {}: {}", event.warningId(), flagged);
        }
    }

    static boolean serious(WarningChanged event) {
        return (event.change() == WarningChanged.Change.RAISED || event.change() == WarningChanged.Change.UPGRADED)
                && event.to() != null && event.to().compareTo(WarningLevel.ORANGE) >= 0 && event.indicatorCode() != null;
    }
}
