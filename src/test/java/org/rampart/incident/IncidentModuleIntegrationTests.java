package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionDraft;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The incident module on its own (with the modules it depends on, no web server and no demo data): the events it
 * publishes, observed with Spring Modulith's {@link Scenario}. Each test builds its own small tree of places, so the
 * test runs on an empty database and next to the demo province alike.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.NONE)
@TestPropertySource(properties = {"rampart.data-dir=target/test-data", "rampart.db.fresh=true",
    "rampart.scheduling.enabled=false"})
class IncidentModuleIntegrationTests {

    @Autowired
    IncidentManagement incidents;

    @Autowired
    JurisdictionManagement jurisdictions;

    @Autowired
    IncidentTimers timers;

    Jurisdiction county;

    @BeforeEach
    void places() {
        String p = "MT" + ThreadLocalRandom.current().nextInt(1_000_000);
        jurisdictions.create(Actor.system(), new JurisdictionDraft(p, null, null, "Module Province", "模块省", null, null));
        jurisdictions.create(Actor.system(), new JurisdictionDraft(p + "-01", p, null, "Module City", "模块市", null,
                null));
        county = jurisdictions.create(Actor.system(), new JurisdictionDraft(p + "-01-01", p + "-01", null,
                "Module County", "模块县", null, null));
    }

    @Test
    void reportingPublishesTheReportWithItsGrade(Scenario scenario) {
        scenario.stimulate(() -> incidents.report(Actor.system(), draft(3)))
                .andWaitForEventOfType(IncidentChanged.class)
                .matching(e -> e.change() == IncidentChanged.Change.REPORTED)
                .toArriveAndVerify((event, incident) -> {
                    assertThat(event.incidentId()).isEqualTo(incident.id());
                    assertThat(event.type()).isEqualTo(IncidentType.PRODUCTION_SAFETY);
                    assertThat(event.grade()).isEqualTo(IncidentGrade.III);
                    assertThat(event.status()).isEqualTo(incident.status());
                    assertThat(event.jurisdictionCode()).isEqualTo(county.code());
                    assertThat(event.jurisdictionPath()).isEqualTo(county.path());
                    assertThat(event.actor()).isEqualTo("system");
                });
    }

    @Test
    void aRisingGradePublishesTheChangeOfGrade(Scenario scenario) {
        Incident reported = incidents.report(Actor.system(), draft(1));
        scenario.stimulate(() -> incidents.update(Actor.system(), reported.id(), deaths(12), false))
                .andWaitForEventOfType(IncidentChanged.class)
                .matching(e -> e.incidentId() == reported.id() && e.change() == IncidentChanged.Change.GRADE_CHANGED)
                .toArriveAndVerify(event -> {
                    assertThat(event.grade()).isEqualTo(IncidentGrade.II);
                    assertThat(event.detail()).isEqualTo(reported.grade() + " -> " + IncidentGrade.II);
                });
    }

    @Test
    void theOverduePassPublishesTheLevelThatMissedItsDeadline(Scenario scenario) {
        Incident reported = incidents.report(Actor.system(), draft(1));
        ReportStep countyStep = incidents.steps(Actor.system(), reported.id()).stream()
                .filter(s -> county.code().equals(s.jurisdictionCode())).findFirst().orElseThrow();
        Instant late = countyStep.dueAt().plus(Duration.ofMinutes(1));
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
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return new IncidentDraft("PRODUCTION_SAFETY", "MINING", "Roof fall in coal mine", "Shaft 3", county.code(),
                null, null, now, now, "Demo Coal Co.", deaths, 0, 0, 40, new BigDecimal("100"), List.of(), List.of());
    }

    private static IncidentDraft deaths(int deaths) {
        return new IncidentDraft(null, null, null, null, null, null, null, null, null, null, deaths, null, null, null,
                null, null, null);
    }
}
