package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rampart.warning.WarningLevel.BLUE;
import static org.rampart.warning.WarningLevel.ORANGE;
import static org.rampart.warning.WarningLevel.RED;
import static org.rampart.warning.WarningLevel.YELLOW;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class WarningEvaluationIntegrationTests {

    static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");
    static final AtomicLong OBSERVATION_IDS = new AtomicLong(1_000_000);

    @Autowired
    WarningManagement management;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    Rule rainstorm(String indicator, int recoverAfter, List<ThresholdOverride> overrides) {
        RuleDefinition d = new RuleDefinition(RuleType.WINDOW, Direction.HIGHER_IS_WORSE,
                Map.of(BLUE, 50.0, YELLOW, 50.0, ORANGE, 50.0, RED, 100.0),
                Map.of(BLUE, "PT12H", YELLOW, "PT6H", ORANGE, "PT3H", RED, "PT3H"), Aggregate.SUM, null, null,
                overrides, recoverAfter);
        return management.create(Actor.system(), new RuleDraft(indicator + "-SIGNAL", indicator, RiskDomain.DISASTER,
                "Rainstorm", "暴雨", d, true));
    }

    ObservationsRecorded.Recorded rain(String indicator, JurisdictionRef where, int hour, double mm) {
        Instant at = T0.plusSeconds(3600L * hour);
        return new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, indicator, where.id(),
                where.path(), at, mm, at.plusSeconds(3600));
    }

    void publish(ObservationsRecorded.Recorded... observations) {
        transactions.executeWithoutResult(tx -> publisher.publishEvent(
                new ObservationsRecorded(List.of(observations), "test")));
    }

    /** Publish hourly values, one event (and transaction) per hour, from the given hour on. */
    void hourly(String indicator, JurisdictionRef where, int fromHour, double... mm) {
        for (int i = 0; i < mm.length; i++) {
            publish(rain(indicator, where, fromHour + i, mm[i]));
        }
    }

    Long warningId(Rule rule, JurisdictionRef where) {
        return jdbc.sql("select id from warning where rule_id = :rule and jurisdiction_id = :j and state <> 'RESOLVED'")
                .param("rule", rule.id()).param("j", where.id()).query(Long.class).optional().orElse(null);
    }

    record Change(WarningChanged.Change change, WarningLevel from, WarningLevel to) {
    }

    List<Change> steps(long warningId) {
        return management.steps(Actor.system(), warningId).stream()
                .map(s -> new Change(s.change(), s.from(), s.to())).toList();
    }

    List<Change> published(String ruleCode) {
        return events.stream(WarningChanged.class).filter(e -> e.ruleCode().equals(ruleCode))
                .map(e -> new Change(e.change(), e.from(), e.to())).toList();
    }

    @Test
    void aRainstormIsRaisedUpgradedSteppedDownAndRecoversAfterTheHysteresis() {
        Rule rule = rainstorm("RAIN-STORM", 2, List.of());
        JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        hourly("RAIN-STORM", county, 0, 0, 10, 40, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        long id = warningId(rule, county);
        List<Change> expected = List.of(
                new Change(WarningChanged.Change.RAISED, null, ORANGE),
                new Change(WarningChanged.Change.UPGRADED, ORANGE, RED),
                new Change(WarningChanged.Change.DOWNGRADED, RED, ORANGE),
                new Change(WarningChanged.Change.DOWNGRADED, ORANGE, YELLOW),
                new Change(WarningChanged.Change.DOWNGRADED, YELLOW, BLUE),
                new Change(WarningChanged.Change.RECOVERED, BLUE, null));
        assertThat(steps(id)).containsExactlyElementsOf(expected);
        assertThat(published(rule.code())).containsExactlyElementsOf(expected);

        Warning warning = management.warning(Actor.system(), id);
        assertThat(warning.state()).isEqualTo(WarningState.RECOVERED);
        assertThat(warning.level()).isNull();
        assertThat(warning.highestLevel()).isEqualTo(RED);
        assertThat(warning.jurisdictionCode()).isEqualTo(Demo.COUNTY);
        WarningStep upgrade = management.steps(Actor.system(), id).get(1);
        assertThat(upgrade.explanation()).contains("sum over PT3H").contains("= 110 ").contains("RED");
        assertThat(upgrade.observationId()).isNotNull();
        WarningChanged raised = events.stream(WarningChanged.class)
                .filter(e -> e.ruleCode().equals(rule.code())).findFirst().orElseThrow();
        assertThat(raised.jurisdictionPath()).isEqualTo(county.path());
        assertThat(raised.domain()).isEqualTo(RiskDomain.DISASTER);
        assertThat(raised.indicatorCode()).isEqualTo("RAIN-STORM");

        hourly("RAIN-STORM", county, 17, 60);
        assertThat(warningId(rule, county)).as("the recovered warning is raised again, not a second one").isEqualTo(id);
        assertThat(management.warning(Actor.system(), id).state()).isEqualTo(WarningState.OPEN);
        assertThat(steps(id)).last().isEqualTo(new Change(WarningChanged.Change.RAISED, null, ORANGE));
    }

    @Test
    void aRolledBackTransactionLeavesNoWarningHalfUpdated() {
        Rule rule = rainstorm("RAIN-ROLLBACK", 1, List.of());
        JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        JurisdictionRef sibling = jurisdictions.ref(Demo.SIBLING_COUNTY).orElseThrow();
        hourly("RAIN-ROLLBACK", county, 0, 30, 30);
        long id = warningId(rule, county);
        assertThat(management.warning(Actor.system(), id).level()).isEqualTo(ORANGE);

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            publisher.publishEvent(new ObservationsRecorded(List.of(rain("RAIN-ROLLBACK", county, 2, 60),
                    rain("RAIN-ROLLBACK", sibling, 2, 200)), "test"));
            assertThat(jdbc.sql("select level from warning where id = :id").param("id", id).query(String.class)
                    .single()).as("inside the transaction").isEqualTo("RED");
            throw new IllegalStateException("the storing transaction fails after evaluation");
        })).hasMessageContaining("storing transaction fails");

        Warning after = management.warning(Actor.system(), id);
        assertThat(after.level()).isEqualTo(ORANGE);
        assertThat(after.highestLevel()).isEqualTo(ORANGE);
        assertThat(steps(id)).containsExactly(new Change(WarningChanged.Change.RAISED, null, ORANGE));
        assertThat(warningId(rule, sibling)).isNull();
        assertThat(jdbc.sql("select count(*) from rule_input where indicator_code = 'RAIN-ROLLBACK'")
                .query(Long.class).single()).isEqualTo(2);

        hourly("RAIN-ROLLBACK", county, 2, 60);
        assertThat(management.warning(Actor.system(), id).level()).isEqualTo(RED);
    }

    @Test
    void theNearestOverrideAppliesPerJurisdiction() {
        JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        JurisdictionRef sibling = jurisdictions.ref(Demo.SIBLING_COUNTY).orElseThrow();
        Rule rule = rainstorm("RAIN-OVERRIDE", 1, List.of(new ThresholdOverride(Demo.CITY,
                Map.of(BLUE, 80.0, YELLOW, 80.0, ORANGE, 80.0, RED, 160.0))));
        publish(rain("RAIN-OVERRIDE", county, 0, 60), rain("RAIN-OVERRIDE", sibling, 0, 60));
        assertThat(warningId(rule, county)).isNull();
        assertThat(management.warning(Actor.system(), warningId(rule, sibling)).level()).isEqualTo(ORANGE);
    }

    @Test
    void gapsAreFoundByLookingAndEndWhenDataArrives() {
        Rule rule = management.create(Actor.system(), new RuleDraft("FEED-GAP", "FEED-GAP", RiskDomain.NETWORK_DATA,
                "Feed silent", "数据中断", RuleDefinition.missingData("PT1H", Map.of(BLUE, 2.0, ORANGE, 6.0), 1), true));
        JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        publish(new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, "FEED-GAP", county.id(),
                county.path(), now.minusSeconds(3600), 5, now));
        assertThat(warningId(rule, county)).isNull();

        assertThat(management.checkMissingData(now.plusSeconds(3600 * 5))).isPositive();
        long id = warningId(rule, county);
        assertThat(management.warning(Actor.system(), id).level()).isEqualTo(BLUE);
        management.checkMissingData(now.plusSeconds(3600 * 10));
        assertThat(management.warning(Actor.system(), id).level()).isEqualTo(ORANGE);
        assertThat(management.steps(Actor.system(), id).get(1).explanation()).contains("missed").contains("= 10 ");

        publish(new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, "FEED-GAP", county.id(),
                county.path(), now, 5, now));
        assertThat(management.warning(Actor.system(), id).state()).isEqualTo(WarningState.RECOVERED);
    }

    @Test
    void concurrentTransactionsKeepOneWarningPerRuleAndJurisdiction() throws Exception {
        Rule rule = rainstorm("RAIN-RACE", 1, List.of());
        JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int hour = 0; hour < 12; hour++) {
                int h = hour;
                done.add(pool.submit(() -> publish(rain("RAIN-RACE", county, h, 30 + h))));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from warning where rule_id = :rule").param("rule", rule.id())
                .query(Long.class).single()).isEqualTo(1);
        long id = warningId(rule, county);
        assertThat(management.warning(Actor.system(), id).level()).isEqualTo(RED);
        assertThat(steps(id).get(0).change()).isEqualTo(WarningChanged.Change.RAISED);
    }

    @Test
    void yearOnYearReadsTheSamePeriodLastYearAndDecidesNothingWithoutIt() {
        Rule rule = management.create(Actor.system(), new RuleDraft("GRAIN-YOY", "GRAIN-YOY", RiskDomain.FOOD,
                "Grain output", "粮食产量", RuleDefinition.rateOfChange(Direction.LOWER_IS_WORSE,
                        Comparison.SAME_PERIOD_LAST_YEAR, "P1D", Map.of(BLUE, -10.0, RED, -30.0), 1), true));
        JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        Instant thisYear = Instant.parse("2026-06-01T00:00:00Z");
        Instant lastYear = thisYear.atZone(ZoneId.systemDefault()).minusYears(1).toInstant();
        publish(new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, "GRAIN-YOY", county.id(),
                county.path(), thisYear, 50, thisYear));
        assertThat(warningId(rule, county)).as("no value a year earlier: no decision").isNull();
        publish(new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, "GRAIN-YOY", county.id(),
                county.path(), lastYear, 100, thisYear),
                new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, "GRAIN-YOY", county.id(),
                county.path(), thisYear.minusSeconds(86400), 100, thisYear));
        long id = warningId(rule, county);
        assertThat(management.warning(Actor.system(), id).level()).isEqualTo(RED);
        assertThat(management.steps(Actor.system(), id).get(0).explanation()).contains("-50")
                .contains("the same period last year");
    }

    @Test
    void valuesOfIndicatorsWithoutRulesAreNotCopied() {
        JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        publish(rain("NO-RULE", county, 0, 500));
        assertThat(jdbc.sql("select count(*) from rule_input where indicator_code = 'NO-RULE'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void evaluationRefusesToRunOutsideTheStoringTransaction() {
        rainstorm("RAIN-NO-TX", 1, List.of());
        JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
        List<ObservationsRecorded.Recorded> one = new ArrayList<>(List.of(rain("RAIN-NO-TX", county, 0, 500)));
        assertThatThrownBy(() -> publisher.publishEvent(new ObservationsRecorded(one, "test")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
