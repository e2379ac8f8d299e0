package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.support.Demo;
import org.rampart.support.DemoLoaded;
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
 * The incident module with the modules it depends on (and the demo loader for Demo Province, whose places it reports
 * in; a tree of its own would add a second root and take the whole tree from the province's administrators), without
 * a web server: the events it publishes, observed with Spring Modulith's {@link Scenario}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"demo", "identity"},
        webEnvironment = WebEnvironment.NONE)
@TestPropertySource(properties = {"rampart.data-dir=target/test-data", "rampart.db.fresh=true",
    "rampart.scheduling.enabled=false"})
@ExtendWith(DemoLoaded.class)
class IncidentModuleIntegrationTests {

    /** The demo users' passwords need the encoder, which the platform module (not bootstrapped) defines. */
    @TestConfiguration
    static class Passwords {

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }

    @Autowired
    IncidentManagement incidents;

    @Autowired
    JurisdictionManagement jurisdictions;

    @Autowired
    IncidentTimers timers;

    Jurisdiction county;

    @BeforeEach
    void place() {
        county = jurisdictions.get(Actor.system(), Demo.COUNTY);
    }

    @Test
    void reportingPublishesTheReportWithItsGrade(Scenario scenario) {
        scenario.stimulate(() -> incidents.report(Actor.system(), draft(3)))
                .andWaitForEventOfType(IncidentReported.class)
                .toArriveAndVerify((event, incident) -> {
                    assertThat(event.incident().id()).isEqualTo(incident.id());
                    assertThat(event.incident().type()).isEqualTo(IncidentType.PRODUCTION_SAFETY);
                    assertThat(event.incident().grade()).isEqualTo(IncidentGrade.III);
                    assertThat(event.incident().status()).isEqualTo(incident.status());
                    assertThat(event.incident().jurisdictionCode()).isEqualTo(county.code());
                    assertThat(event.incident().jurisdictionPath()).isEqualTo(county.path());
                    assertThat(event.actor()).isEqualTo("system");
                    assertThat(event.gradeExplanation()).isEqualTo(incident.gradeExplanation());
                });
    }

    @Test
    void aRisingGradePublishesTheChangeOfGrade(Scenario scenario) {
        Incident reported = incidents.report(Actor.system(), draft(1));
        scenario.stimulate(() -> incidents.update(Actor.system(), reported.id(), deaths(12), false))
                .andWaitForEventOfType(IncidentRegraded.class)
                .matching(e -> e.incident().id() == reported.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.incident().grade()).isEqualTo(IncidentGrade.II);
                    assertThat(event.from()).isEqualTo(reported.grade());
                    assertThat(event.to()).isEqualTo(IncidentGrade.II);
                });
    }

    @Test
    void correctingTheFiguresPublishesWhatChanged(Scenario scenario) {
        Incident reported = incidents.report(Actor.system(), draft(1));
        scenario.stimulate(() -> incidents.update(Actor.system(), reported.id(), deaths(2), false))
                .andWaitForEventOfType(IncidentUpdated.class)
                .matching(e -> e.incident().id() == reported.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.changed()).contains("deaths");
                    assertThat(event.actor()).isEqualTo("system");
                });
    }

    @Test
    void movingOnPublishesTheChangeOfStatus(Scenario scenario) {
        Incident reported = incidents.report(Actor.system(), draft(1));
        scenario.stimulate(() -> incidents.changeStatus(Actor.system(), reported.id(), "VERIFIED", "checked on site"))
                .andWaitForEventOfType(IncidentStatusChanged.class)
                .matching(e -> e.incident().id() == reported.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(IncidentStatus.REPORTED);
                    assertThat(event.to()).isEqualTo(IncidentStatus.VERIFIED);
                    assertThat(event.incident().status()).isEqualTo(IncidentStatus.VERIFIED);
                });
    }

    @Test
    void theFollowUpPassPublishesTheReminder(Scenario scenario) {
        Incident reported = incidents.report(Actor.system(), draft(1));
        assertThat(reported.nextFollowUpAt()).isNotNull();
        Instant later = reported.nextFollowUpAt().plusSeconds(1);
        scenario.stimulate(() -> timers.followUps(later))
                .andWaitForEventOfType(FollowUpReportDue.class)
                .matching(e -> e.incident().id() == reported.id())
                .toArriveAndVerify(event -> assertThat(event.at()).isEqualTo(later));
    }

    @Test
    void theSupplementaryPassPublishesTheOverdueReport(Scenario scenario) {
        Incident reported = incidents.report(Actor.system(), draft(1));
        // new casualty figures soon after the occurrence call for a supplementary report
        Incident changed = incidents.update(Actor.system(), reported.id(), deaths(2), false);
        assertThat(changed.supplementaryDueAt()).isNotNull();
        Instant later = changed.supplementaryDueAt().plusSeconds(1);
        scenario.stimulate(() -> timers.supplementary(later))
                .andWaitForEventOfType(SupplementaryReportOverdue.class)
                .matching(e -> e.incident().id() == reported.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.at()).isEqualTo(later);
                    assertThat(event.incident().title()).isEqualTo(reported.title());
                });
    }

    @Test
    void theOverduePassPublishesTheLevelThatMissedItsDeadline(Scenario scenario) {
        // Reported two hours ago: the county's first report (due within the hour) is late now.
        Incident reported = incidents.report(Actor.system(), draft(1, Duration.ofHours(2)));
        ReportStep countyStep = incidents.steps(Actor.system(), reported.id()).stream()
                .filter(s -> county.code().equals(s.jurisdictionCode())).findFirst().orElseThrow();
        Instant late = Instant.now();
        assertThat(countyStep.dueAt()).isBefore(late);
        scenario.stimulate(() -> timers.overdue(late))
                .andWaitForEventOfType(IncidentReportOverdue.class)
                .matching(e -> e.incidentId() == reported.id() && e.level() == countyStep.level())
                .toArriveAndVerify(event -> {
                    assertThat(event.stepJurisdictionCode()).isEqualTo(county.code());
                    assertThat(event.stepJurisdictionPath()).isEqualTo(county.path());
                    assertThat(event.dueAt()).isEqualTo(countyStep.dueAt());
                    // The next level up (the city) is told.
                    assertThat(event.notifyPath()).isEqualTo(IncidentTimers.parentPath(county.path()));
                    assertThat(event.at()).isEqualTo(late);
                });
    }

    private IncidentDraft draft(int deaths) {
        return draft(deaths, Duration.ZERO);
    }

    private IncidentDraft draft(int deaths, Duration ago) {
        String at = Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS).toString();
        return new IncidentDraft("PRODUCTION_SAFETY", "MINING", "Roof fall in coal mine", "Shaft 3", county.code(),
                null, null, at, at, "Demo Coal Co.", deaths, 0, 0, 40, new BigDecimal("100"), List.of(), List.of());
    }

    private static IncidentDraft deaths(int deaths) {
        return new IncidentDraft(null, null, null, null, null, null, null, null, null, null, deaths, null, null, null,
                null, null, null);
    }
}
