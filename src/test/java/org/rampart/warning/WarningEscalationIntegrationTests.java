package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.warning.WarningLevel.BLUE;
import static org.rampart.warning.WarningLevel.ORANGE;
import static org.rampart.warning.WarningLevel.RED;
import static org.rampart.warning.WarningLevel.YELLOW;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rampart.indicator.ObservationsRecorded;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class WarningEscalationIntegrationTests {

    static final Instant T0 = Instant.parse("2026-08-01T00:00:00Z");
    static final AtomicLong OBSERVATION_IDS = new AtomicLong(3_000_000);

    @Autowired
    WarningManagement management;
    @Autowired
    WarningTimers timers;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationContext context;

    JurisdictionRef county;
    JurisdictionRef city;
    JurisdictionRef province;

    /** Raise a RED warning of a new rule for each jurisdiction; returns the warnings. */
    List<Warning> redWarnings(String indicator, JurisdictionRef... where) {
        county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        city = jurisdictions.ref(Demo.CITY).orElseThrow();
        province = jurisdictions.ref(Demo.PROVINCE).orElseThrow();
        RuleDefinition d = new RuleDefinition(RuleType.THRESHOLD, Direction.HIGHER_IS_WORSE,
                Map.of(BLUE, 10.0, YELLOW, 20.0, ORANGE, 30.0, RED, 40.0), null, null, null, null, List.of(), 1);
        Rule rule = management.create(Actor.system(), new RuleDraft(indicator + "-RULE", indicator,
                RiskDomain.DISASTER, "Test", "测试", d, true));
        List<Warning> raised = new ArrayList<>();
        for (JurisdictionRef j : where) {
            transactions.executeWithoutResult(tx -> publisher.publishEvent(new ObservationsRecorded(List.of(
                    new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, indicator, j.id(),
                            j.path(), T0, 50.0, T0.plusSeconds(60))), "test")));
        }
        management.warnings(Actor.system(), WarningFilter.UNRESOLVED, PageQuery.of(0, 100))
                .items().stream().filter(w -> w.ruleCode().equals(rule.code())).forEach(raised::add);
        assertThat(raised).hasSize(where.length).allSatisfy(w -> assertThat(w.level()).isEqualTo(RED));
        return raised;
    }

    List<WarningStep> escalations(long id) {
        return management.steps(Actor.system(), id).stream()
                .filter(s -> s.change() == WarningChanged.Change.ESCALATED).toList();
    }

    List<String> escalatedTo(long id) {
        return events.stream(WarningChanged.class)
                .filter(e -> e.warningId() == id && e.change() == WarningChanged.Change.ESCALATED)
                .map(WarningChanged::escalatedToPath).toList();
    }

    @Test
    void anUnacknowledgedWarningEscalatesStepByStepUpToTheRoot() {
        Warning w = redWarnings("ESC-CHAIN", jurisdictions.ref(Demo.COUNTY).orElseThrow()).get(0);
        Instant raised = w.raisedAt();

        timers.escalate(raised.plus(Duration.ofMinutes(29)));
        assertThat(escalations(w.id())).isEmpty();

        timers.escalate(raised.plus(Duration.ofMinutes(31)));
        timers.escalate(raised.plus(Duration.ofMinutes(32)));
        assertThat(escalations(w.id())).hasSize(1);
        assertThat(escalations(w.id()).get(0).explanation()).contains(Demo.CITY);
        assertThat(timers.escalation(w.id()).orElseThrow())
                .isEqualTo(new WarningRepository.Escalation(1, city.path()));
        assertThat(escalatedTo(w.id())).containsExactly(city.path());
        assertThat(management.escalation(Actor.system(), w.id()))
                .contains(new WarningEscalation(1, Demo.CITY, city.path()));

        timers.escalate(raised.plus(Duration.ofMinutes(59)));
        assertThat(escalations(w.id())).hasSize(1);
        timers.escalate(raised.plus(Duration.ofMinutes(61)));
        assertThat(escalatedTo(w.id())).containsExactly(city.path(), province.path());
        assertThat(timers.escalation(w.id()).orElseThrow())
                .isEqualTo(new WarningRepository.Escalation(2, province.path()));

        timers.escalate(raised.plus(Duration.ofDays(3)));
        assertThat(escalations(w.id())).as("nothing above the root").hasSize(2);
    }

    @Test
    void acknowledgingStopsEscalation() {
        Warning w = redWarnings("ESC-ACK", jurisdictions.ref(Demo.COUNTY).orElseThrow()).get(0);
        assertThat(management.escalation(Actor.system(), w.id())).isEmpty();
        timers.escalate(w.raisedAt().plus(Duration.ofMinutes(31)));
        assertThat(escalations(w.id())).hasSize(1);

        management.acknowledge(Actor.system(), w.id(), "on it");
        timers.escalate(w.raisedAt().plus(Duration.ofDays(3)));
        assertThat(escalations(w.id())).hasSize(1);
        assertThat(escalatedTo(w.id())).containsExactly(city.path());
    }

    @Test
    void twoNodesRunningThePassTogetherEscalateEachWarningOncePerDeadline() throws Exception {
        List<Warning> due = redWarnings("ESC-NODES", jurisdictions.ref(Demo.COUNTY).orElseThrow(),
                jurisdictions.ref(Demo.SIBLING_COUNTY).orElseThrow(), jurisdictions.ref(Demo.SIBLING_CITY).orElseThrow());
        Instant raised = due.stream().map(Warning::raisedAt).max(Instant::compareTo).orElseThrow();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (Duration after : List.of(Duration.ofMinutes(31), Duration.ofMinutes(61))) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    runs.add(nodes.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        int n = 0;
                        for (int i = 0; i < 10; i++) {
                            n += timers.escalate(raised.plus(after));
                        }
                        return n;
                    }));
                }
                for (Future<Integer> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            nodes.shutdownNow();
        }
        Warning county = due.stream().filter(w -> w.jurisdictionCode().equals(Demo.COUNTY)).findFirst().orElseThrow();
        Warning siblingCity = due.stream().filter(w -> w.jurisdictionCode().equals(Demo.SIBLING_CITY)).findFirst()
                .orElseThrow();
        assertThat(escalations(county.id())).as("county: to the city, then the province").hasSize(2);
        assertThat(escalatedTo(county.id())).containsExactly(city.path(), province.path());
        assertThat(escalations(siblingCity.id())).as("a city escalates once, to the root").hasSize(1);
        for (Warning w : due) {
            assertThat(escalatedTo(w.id())).doesNotHaveDuplicates();
        }
    }

    @Test
    void remindersFollowTheScheduleWhileTheWarningIsNotResolved() {
        Warning w = redWarnings("REM-SCHEDULE", jurisdictions.ref(Demo.COUNTY).orElseThrow()).get(0);
        Instant raised = w.raisedAt();
        List<Integer> counts = new ArrayList<>();
        for (Duration age : List.of(Duration.ofMinutes(59), Duration.ofMinutes(60), Duration.ofMinutes(61),
                Duration.ofHours(4), Duration.ofHours(12), Duration.ofHours(24), Duration.ofHours(47),
                Duration.ofHours(48), Duration.ofHours(72))) {
            timers.remind(raised.plus(age));
            counts.add(reminders(w.id()));
        }
        assertThat(counts).containsExactly(0, 1, 1, 2, 3, 4, 4, 5, 6);
        assertThat(events.stream(WarningChanged.class)
                .filter(e -> e.warningId() == w.id() && e.change() == WarningChanged.Change.REMINDED)).hasSize(6);

        management.resolve(Actor.system(), w.id(), "done");
        timers.remind(raised.plus(Duration.ofDays(10)));
        assertThat(reminders(w.id())).isEqualTo(6);
    }

    int reminders(long id) {
        return (int) management.steps(Actor.system(), id).stream()
                .filter(s -> s.change() == WarningChanged.Change.REMINDED).count();
    }

    @Test
    void twoNodesLookingForMissingDataTogetherRaiseOneWarning() throws Exception {
        Rule rule = management.create(Actor.system(), new RuleDraft("GAP-NODES", "GAP-NODES", RiskDomain.NETWORK_DATA,
                "Feed silent", "数据中断", RuleDefinition.missingData("PT1H", Map.of(BLUE, 2.0, ORANGE, 6.0), 1), true));
        JurisdictionRef where = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new ObservationsRecorded(List.of(
                new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, "GAP-NODES", where.id(),
                        where.path(), now.minusSeconds(3600), 5, now)), "test")));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return timers.checkMissingData(now.plusSeconds(3600 * 5));
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        Warning raised = management.warnings(Actor.system(), WarningFilter.UNRESOLVED, PageQuery.of(0, 100)).items()
                .stream().filter(w -> w.ruleCode().equals(rule.code())).findFirst().orElseThrow();
        assertThat(management.steps(Actor.system(), raised.id())).extracting(WarningStep::change)
                .containsExactly(WarningChanged.Change.RAISED);
        assertThat(raised.level()).isEqualTo(BLUE);
    }

    @Test
    void theScheduleIsOffWhereSchedulingIsDisabled() {
        assertThat(context.getBeanNamesForType(WarningSchedule.class)).isEmpty();
        assertThat(context.getBeanNamesForType(WarningTimers.class)).hasSize(1);
    }
}
