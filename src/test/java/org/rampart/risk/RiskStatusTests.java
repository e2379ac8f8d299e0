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

    @Test
    void aMoveGivesTheNextStatusOrTheRefusalNamingBothStatuses() {
        assertThat(ASSESSED.move(TREATING).next()).isEqualTo(TREATING);
        assertThat(ASSESSED.move(TREATING).refused()).isFalse();
        RiskStatus.Transition skipped = IDENTIFIED.move(TREATING);
        assertThat(skipped.refused()).isTrue();
        assertThat(skipped.next()).isNull();
        assertThat(skipped.refusal().code()).isEqualTo("risk.status.cannot-move");
        assertThat(skipped.refusal().args()).containsExactly("IDENTIFIED", "TREATING");
        assertThat(skipped.refusal().field()).isNull();
        assertThat(CLOSED.move(MONITORED).refusal().code()).isEqualTo("risk.status.cannot-move");
    }

    @Test
    void anAssessmentMovesAnIdentifiedRiskToAssessedAndKeepsAnyOtherOpenStatus() {
        assertThat(IDENTIFIED.assess("R-1").next()).isEqualTo(ASSESSED);
        for (RiskStatus open : List.of(ASSESSED, TREATING, MONITORED)) {
            assertThat(open.assess("R-1").next()).as(open.name()).isEqualTo(open);
        }
        assertThat(CLOSED.assess("R-1").refusal().code()).isEqualTo("risk.closed.cannot-assess");
        assertThat(CLOSED.assess("R-1").refusal().args()).containsExactly("R-1");
    }

    @Test
    void aClosedRiskRefusesEveryChangeWithItsOwnCodeAndAnOpenOneKeepsItsStatus() {
        assertThat(CLOSED.change("R-1").refusal().code()).isEqualTo("risk.closed.cannot-change");
        assertThat(CLOSED.review("R-1").refusal().code()).isEqualTo("risk.closed.no-review");
        assertThat(CLOSED.addTreatment("R-1").refusal().code()).isEqualTo("risk.closed.no-treatment");
        assertThat(CLOSED.changeTreatment("R-1").refusal().code()).isEqualTo("risk.closed.treatment-fixed");
        for (RiskStatus open : List.of(IDENTIFIED, ASSESSED, TREATING, MONITORED)) {
            assertThat(List.of(open.change("R-1"), open.review("R-1"), open.addTreatment("R-1"),
                    open.changeTreatment("R-1"))).as(open.name()).allSatisfy(t -> {
                        assertThat(t.refused()).isFalse();
                        assertThat(t.next()).isEqualTo(open);
                    });
        }
    }
}
