package org.rampart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rampart.identity.RampartUserDetails;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.situation.SituationManagement;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.SilenceManagement;
import org.rampart.warning.Warning;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningFilter;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningManagement;
import org.rampart.warning.WarningState;
import org.rampart.warning.WarningStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo shows the early warning working: what its load raised, as the demo users see it. */
@IntegrationTest
class DemoWarningsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    WarningManagement warnings;
    @Autowired
    SilenceManagement silences;
    @Autowired
    UserManagement users;
    @Autowired
    SituationManagement situation;

    private Actor actor(String username) {
        return users.loadForSignIn(username).map(RampartUserDetails::actor).orElseThrow();
    }

    private List<Warning> demo(Actor actor, WarningState state) {
        return warnings.warnings(actor, new WarningFilter(null, null, null, state), new PageQuery(0, PageQuery.MAX_SIZE))
                .items().stream().filter(w -> w.ruleCode().startsWith("DEMO-")).toList();
    }

    private static String city(String code) {
        return code.substring(0, code.indexOf('-', code.indexOf('-') + 1));
    }

    @Test
    void theDemoRaisedWarningsAtEveryLevelInSeveralCities() {
        Actor province = actor("coordinator.province");
        List<Warning> unresolved = demo(province, null);
        Set<WarningLevel> levels = unresolved.stream().map(Warning::level).collect(Collectors.toSet());
        assertThat(levels).containsAll(EnumSet.allOf(WarningLevel.class));
        assertThat(unresolved.stream().map(w -> city(w.jurisdictionCode())).distinct().count()).isGreaterThanOrEqualTo(2);
        for (WarningLevel level : WarningLevel.values()) {
            assertThat(unresolved.stream().filter(w -> w.level() == level).map(w -> city(w.jurisdictionCode()))
                    .distinct().count()).as("cities with a %s warning", level).isGreaterThanOrEqualTo(2);
        }
        // raised by observations through the ingestion path: each first step points at the observation
        for (Warning w : unresolved) {
            WarningStep first = warnings.steps(province, w.id()).get(0);
            assertThat(first.change()).isEqualTo(WarningChanged.Change.RAISED);
            assertThat(first.observationId()).isNotNull();
            assertThat(first.actor()).isEqualTo("system");
        }
    }

    @Test
    void aDemoUserAcknowledgedWithAComment() {
        List<Warning> acknowledged = demo(actor("coordinator.province"), WarningState.ACKNOWLEDGED);
        assertThat(acknowledged).anySatisfy(w -> {
            assertThat(w.acknowledgedBy()).isEqualTo("coordinator.city");
            assertThat(w.acknowledgeComment()).contains("Flood control").contains("防汛");
        });
    }

    @Test
    void oneWarningEscalatedToItsCity() {
        Actor province = actor("coordinator.province");
        List<Warning> escalated = demo(province, WarningState.OPEN).stream()
                .filter(w -> warnings.escalation(province, w.id()).isPresent()).toList();
        assertThat(escalated).isNotEmpty();
        Warning w = escalated.get(0);
        WarningStep step = warnings.steps(province, w.id()).stream()
                .filter(s -> s.change() == WarningChanged.Change.ESCALATED).findFirst().orElseThrow();
        assertThat(step.actor()).isEqualTo("system");
        assertThat(step.explanation()).endsWith("escalated to " + city(w.jurisdictionCode()));
        // its city, unless a later escalation pass of another test class took it on to the province
        assertThat(warnings.escalation(province, w.id()).orElseThrow().jurisdictionCode())
                .isIn(city(w.jurisdictionCode()), "DP");
    }

    @Test
    void oneWarningIsSilencedByAnAuditedSilence() {
        Actor province = actor("coordinator.province");
        assertThat(silences.silences(province)).anySatisfy(s -> {
            assertThat(s.ruleCode()).isEqualTo(DemoWarnings.RAIN_RULE);
            assertThat(s.createdBy()).isEqualTo("coordinator.province");
            assertThat(s.reason()).contains("calibrated");
        });
        assertThat(silences.silencing(province, demo(province, null))).isNotEmpty();
    }

    @Test
    void aResolvedHistoryWithNotes() {
        List<Warning> resolved = demo(actor("coordinator.province"), WarningState.RESOLVED);
        assertThat(resolved).anySatisfy(w -> {
            assertThat(w.resolvedBy()).isEqualTo("coordinator.province");
            assertThat(w.resolveNote()).isNotBlank();
            assertThat(w.highestLevel()).isNotNull();
        });
    }

    @Test
    void onePublishedCapMessageInTheFeedAndNonZeroBoards() {
        Http anonymous = new Http(port);
        Http.Response feed = anonymous.get("/cap/feed.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains("Red warning (I): Rainstorm: hourly rainfall in DP-01-");

        Actor province = actor("coordinator.province");
        int onTheSituation = situation.picture(province, null, null, null, false).situation().warningsByLevel()
                .values().stream().mapToInt(Integer::intValue).sum();
        assertThat(onTheSituation).isPositive();

        Http http = new Http(port);
        assertThat(http.login(Demo.user("coordinator", "province"), Demo.PASSWORD).location()).doesNotContain("error");
        Http.Response board = http.get("/warnings");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains(DemoWarnings.RAIN_RULE).contains(DemoWarnings.DISPUTE_RULE);
        assertThat(http.get("/").status()).isEqualTo(200);
    }
}
