package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.DemoLoaded;
import org.rampart.support.Sessions;
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
 * The supervision module's directives with the modules they depend on, without a web server: the facts they publish
 * ({@link DirectiveCirculated}, {@link DirectivePassedOn}, {@link DirectiveConfirmed},
 * {@link DirectiveImplementationReported}), observed with Spring Modulith's {@link Scenario}. The demo loader adds
 * Demo Province and its units.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"demo", "identity", "indicator", "risk", "incident", "taxonomy",
    "warning"}, webEnvironment = WebEnvironment.NONE)
@TestPropertySource(properties = {"rampart.data-dir=target/test-data", "rampart.db.fresh=true",
    "rampart.scheduling.enabled=false"})
@ExtendWith(DemoLoaded.class)
class DirectiveModuleIntegrationTests {

    /** The demo users' passwords need the encoder, which the platform module (not bootstrapped) defines. */
    @TestConfiguration
    static class Passwords {

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }

    @Autowired
    DirectiveManagement directives;

    @Autowired
    JurisdictionManagement jurisdictions;

    private Directive draft(Actor office, boolean report) {
        return directives.create(office, new DirectiveDraft(Sessions.uniqueCode("MOD"), "Module check", "模块检查",
                "Confirm it.", "DP", LocalDate.now().plusDays(3).toString(), report,
                report ? LocalDate.now().plusDays(9).toString() : null));
    }

    @Test
    void circulatingPublishesOneFactWithTheReceivingUnits(Scenario scenario) {
        Actor office = TaskFixtures.actor(jurisdictions, Role.COORDINATOR, "DP", "DP-OFFICE");
        Directive d = draft(office, false);
        scenario.stimulate(() -> directives.circulate(office, d.id(),
                        new DirectiveRecipients("UNITS", null, List.of("DP-09-OFFICE", "DP-EM"), null)))
                .andWaitForEventOfType(DirectiveCirculated.class)
                .matching(e -> e.directiveId() == d.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.unitCodes()).containsExactlyInAnyOrder("DP-09-OFFICE", "DP-EM");
                    assertThat(e.number()).isEqualTo(d.number());
                    assertThat(e.titleZh()).isEqualTo("模块检查");
                    assertThat(e.jurisdictionPath()).isEqualTo(d.jurisdictionPath());
                    assertThat(e.confirmBy()).isAfter(e.at());
                });
    }

    @Test
    void aUnitsConfirmationPassOnAndReportAreOneFactEach(Scenario scenario) {
        Actor office = TaskFixtures.actor(jurisdictions, Role.COORDINATOR, "DP", "DP-OFFICE");
        Directive d = draft(office, true);
        directives.circulate(office, d.id(), new DirectiveRecipients("UNITS", null, List.of("DP-10-OFFICE"), null));
        Actor member = TaskFixtures.actor(jurisdictions, Role.OFFICER, "DP-10", "DP-10-OFFICE");
        long receipt = directives.ownReceipt(member, d.id()).orElseThrow().id();
        scenario.stimulate(() -> directives.confirm(member, d.id(), receipt))
                .andWaitForEventOfType(DirectiveConfirmed.class)
                .matching(e -> e.directiveId() == d.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.unitCode()).isEqualTo("DP-10-OFFICE");
                    assertThat(e.late()).isFalse();
                    assertThat(e.actor()).isEqualTo(member.username());
                });
        scenario.stimulate(() -> directives.passOn(member, d.id(), receipt,
                        new DirectiveRecipients("ALL_BELOW", List.of("office"), null, null)))
                .andWaitForEventOfType(DirectivePassedOn.class)
                .matching(e -> e.directiveId() == d.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.fromUnitCode()).isEqualTo("DP-10-OFFICE");
                    assertThat(e.unitCodes()).isNotEmpty().allMatch(u -> u.startsWith("DP-10-") && u.endsWith("-OFFICE"));
                });
        scenario.stimulate(() -> directives.report(member, d.id(), receipt, "Checked within a week."))
                .andWaitForEventOfType(DirectiveImplementationReported.class)
                .matching(e -> e.directiveId() == d.id())
                .toArriveAndVerify(e -> assertThat(e.late()).isFalse());
    }
}
