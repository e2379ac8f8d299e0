package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.support.Sessions.uniqueCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rampart.indicator.IndicatorDraft;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.DemoLoaded;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The risk module with the modules it depends on, without a web server: the event it publishes ({@link RiskReviewsDue})
 * and the one it reacts to ({@code WarningChanged}), observed with Spring Modulith's {@link Scenario}. The demo loader
 * adds Demo Province, whose places and units the risks belong to; it loads incidents and warning rules too, so the
 * incident and warning modules come along (the risk module only listens to the warning module's event).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"demo", "identity", "incident", "warning"},
        webEnvironment = WebEnvironment.NONE)
@TestPropertySource(properties = {"rampart.data-dir=target/test-data", "rampart.db.fresh=true",
    "rampart.scheduling.enabled=false"})
@ExtendWith(DemoLoaded.class)
class RiskModuleIntegrationTests {

    /** The demo users' passwords need the encoder, which the platform module (not bootstrapped) defines. */
    @TestConfiguration
    static class Passwords {

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }

    @Autowired
    RiskManagement risks;

    @Autowired
    RiskReviewReminders reminders;

    @Autowired
    IndicatorManagement indicators;

    @Autowired
    JurisdictionManagement jurisdictions;

    @Test
    void anOverdueReviewPublishesTheRisksDueOfItsOwnerUnit(Scenario scenario) {
        LocalDate today = risks.today();
        // Due long ago: the pass reminds the earliest reviews first, whatever other tests left overdue.
        LocalDate due = today.minusYears(5);
        Risk overdue = risks.create(Actor.system(), draft(uniqueCode("MOD-REV"), Demo.CITY, 4, 4, "DP-01-NR",
                due.toString(), null));
        scenario.stimulate(() -> reminders.remind(today))
                .andWaitForEventOfType(RiskReviewsDue.class)
                .matching(e -> e.risks().stream().anyMatch(i -> i.code().equals(overdue.code())))
                .toArriveAndVerify(event -> {
                    assertThat(event.ownerUnitCode()).isEqualTo("DP-01-NR");
                    assertThat(event.asOf()).isEqualTo(today);
                    RiskReviewsDue.Item item = event.risks().stream().filter(i -> i.code().equals(overdue.code()))
                            .findFirst().orElseThrow();
                    assertThat(item.jurisdictionCode()).isEqualTo(Demo.CITY);
                    assertThat(item.jurisdictionPath()).isEqualTo(overdue.jurisdictionPath());
                    assertThat(item.nextReviewDate()).isEqualTo(due);
                    assertThat(item.level()).isEqualTo(RiskLevel.HIGH);
                    assertThat(item.bottomLine()).isFalse();
                });
    }

    @Test
    void anOrangeWarningOnALinkedIndicatorFlagsTheRiskForReassessment(Scenario scenario) {
        String indicator = uniqueCode("MOD_IND").replace('-', '_');
        indicators.create(Actor.system(), new IndicatorDraft(indicator, "Levee seepage", null, "DISASTER", "l/s",
                "HOURLY", "MEAN", null, null, null, true));
        Risk linked = risks.create(Actor.system(), draft(uniqueCode("MOD-FLAG"), Demo.CITY, 3, 3, null, null,
                indicator));
        Jurisdiction county = jurisdictions.get(Actor.system(), Demo.COUNTY);
        WarningChanged raised = new WarningChanged(990_001L, WarningChanged.Change.RAISED, indicator + "-RULE", indicator,
                RiskDomain.DISASTER, null, WarningLevel.ORANGE, county.id(), county.path(), county.code(), null,
                "system", null, false, Instant.now());
        scenario.publish(raised)
                .andWaitForStateChange(() -> risks.get(Actor.system(), linked.code()), Risk::reassessmentNeeded)
                .andVerify(risk -> {
                    assertThat(risk.reassessmentWarningId()).isEqualTo(990_001L);
                    assertThat(risk.reassessmentReason()).contains(indicator).contains("ORANGE");
                });
    }

    private static RiskDraft draft(String code, String jurisdiction, int likelihood, int impact, String ownerUnit,
            String nextReview, String indicator) {
        return new RiskDraft(code, null, "堤坝安全 " + code, null, null, "DISASTER", jurisdiction, ownerUnit, null, null,
                null, false, likelihood, impact, null, null, null, 7, nextReview,
                indicator == null ? null : List.of(indicator), null, "first assessment");
    }
}
