package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.risk.RiskStatus.ASSESSED;
import static org.rampart.risk.RiskStatus.CLOSED;
import static org.rampart.risk.RiskStatus.IDENTIFIED;
import static org.rampart.risk.RiskStatus.MONITORED;
import static org.rampart.risk.RiskStatus.TREATING;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskStatusTests {

    private static List<RiskStatus> next(RiskStatus s) {
        return Arrays.stream(RiskStatus.values()).filter(s::mayMoveTo).toList();
    }

    @Test
    void aRiskMovesOneStepForwardGoesBackFromMonitoringToTreatmentAndClosesFromAnyOpenStatus() {
        assertThat(next(IDENTIFIED)).containsExactly(ASSESSED, CLOSED);
        assertThat(next(ASSESSED)).containsExactly(TREATING, CLOSED);
        assertThat(next(TREATING)).containsExactly(MONITORED, CLOSED);
        assertThat(next(MONITORED)).containsExactly(TREATING, CLOSED);
        assertThat(next(CLOSED)).isEmpty();
        assertThat(IDENTIFIED.mayMoveTo(null)).isFalse();
        assertThat(RiskStatus.parse(" treating ")).isEqualTo(TREATING);
        assertThat(RiskStatus.parse("sleeping")).isNull();
    }
}
