package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rampart.warning.WarningLevel.BLUE;
import static org.rampart.warning.WarningLevel.ORANGE;
import static org.rampart.warning.WarningLevel.RED;
import static org.rampart.warning.WarningLevel.YELLOW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rampart.indicator.ObservationsRecorded;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.taxonomy.DomainManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@RecordApplicationEvents
class WarningSilenceIntegrationTests {

    static final Instant T0 = Instant.parse("2026-08-01T00:00:00Z");
    static final AtomicLong OBSERVATION_IDS = new AtomicLong(4_000_000);

    @LocalServerPort
    int port;
    @Autowired
    WarningManagement management;
    @Autowired
    SilenceManagement silences;
    @Autowired
    DomainManagement domains;
    @Autowired
    WarningTimers timers;
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

    private final JsonMapper json = JsonMapper.builder().build();

    Rule rule(String indicator, RiskDomain domain) {
        RuleDefinition d = new RuleDefinition(RuleType.THRESHOLD, Direction.HIGHER_IS_WORSE,
                Map.of(BLUE, 10.0, YELLOW, 20.0, ORANGE, 30.0, RED, 40.0), null, null, null, null, List.of(), 1);
        return management.create(Actor.system(), new RuleDraft(indicator + "-RULE", indicator, domain, "Test", "测试",
                d, true));
    }

    Warning raise(Rule rule, String code, double value) {
        JurisdictionRef j = jurisdictions.ref(code).orElseThrow();
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new ObservationsRecorded(List.of(
                new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, rule.indicatorCode(), j.id(),
                        j.path(), T0, value, T0.plusSeconds(60))), "test")));
        return management.warnings(Actor.system(), WarningFilter.UNRESOLVED, PageQuery.of(0, 100)).items().stream()
                .filter(w -> w.ruleCode().equals(rule.code()) && w.jurisdictionCode().equals(code)).findFirst()
                .orElseThrow();
    }

    List<WarningChanged> published(long warningId, WarningChanged.Change change) {
        return events.stream(WarningChanged.class).filter(e -> e.warningId() == warningId && e.change() == change)
                .toList();
    }

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    @Test
    void aSilencedWarningIsRecordedButItsEventsAreSilencedAndItsDeliveriesSuppressed() {
        Rule rule = rule("SIL-MATCH", RiskDomain.DISASTER);
        silences.create(Actor.system(), new SilenceDraft(rule.code(), null, Demo.CITY, null, Duration.ofDays(1),
                "planned flood drill"));

        Warning inside = raise(rule, Demo.COUNTY, 50.0);
        Warning outside = raise(rule, Demo.SIBLING_COUNTY, 50.0);
        assertThat(published(inside.id(), WarningChanged.Change.RAISED)).singleElement()
                .satisfies(e -> assertThat(e.silenced()).isTrue());
        assertThat(published(outside.id(), WarningChanged.Change.RAISED)).singleElement()
                .satisfies(e -> assertThat(e.silenced()).isFalse());
        assertThat(management.steps(Actor.system(), inside.id())).extracting(WarningStep::change)
                .containsExactly(WarningChanged.Change.RAISED);

        timers.escalate(inside.raisedAt().plus(Duration.ofMinutes(31)));
        assertThat(published(inside.id(), WarningChanged.Change.ESCALATED)).singleElement()
                .satisfies(e -> assertThat(e.silenced()).isTrue());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                select state from notification_delivery where warning_id = :id and change = 'ESCALATED'
                """).param("id", inside.id()).query(String.class).list()).isNotEmpty().containsOnly("SUPPRESSED"));
    }

    @Test
    void silencesMatchByDomainSubtreeLevelAndTimeAndCanBeEndedEarly() {
        Silence s = silences.create(Actor.system(), new SilenceDraft(null, RiskDomain.DISASTER, Demo.CITY, ORANGE,
                Duration.ofHours(2), "drill"));
        Instant now = s.startsAt().plusSeconds(1);
        String county = jurisdictions.ref(Demo.COUNTY).orElseThrow().path();
        String sibling = jurisdictions.ref(Demo.SIBLING_COUNTY).orElseThrow().path();
        assertThat(silences.silenced("ANY", RiskDomain.DISASTER, county, RED, now)).isTrue();
        assertThat(silences.silenced("ANY", RiskDomain.DISASTER, county, ORANGE, now)).isTrue();
        assertThat(silences.silenced("ANY", RiskDomain.DISASTER, county, YELLOW, now)).as("below the level").isFalse();
        assertThat(silences.silenced("ANY", RiskDomain.DISASTER, sibling, RED, now)).as("outside").isFalse();
        assertThat(silences.silenced("ANY", RiskDomain.DISASTER, county, RED, s.endsAt())).as("expired").isFalse();
        assertThat(silences.silenced("ANY", RiskDomain.FOOD, county, RED, now)).as("other domain").isFalse();
        for (RiskDomain d : domains.atOrBelow(RiskDomain.DISASTER)) {
            assertThat(silences.silenced("ANY", d, county, RED, now)).as("sub-domain " + d).isTrue();
        }

        Silence ended = silences.end(Actor.system(), s.id());
        assertThat(ended.endedAt()).isNotNull();
        assertThat(ended.activeAt(Instant.now())).isFalse();
        assertThat(silences.silenced("ANY", RiskDomain.DISASTER, county, RED, Instant.now())).isFalse();
        assertThat(silences.silences(Actor.system())).extracting(Silence::id).contains(s.id());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'silence' and entity_id = :id")
                .param("id", String.valueOf(s.id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCityCoordinatorSilencesAndSeesOnlyWithinTheCity() throws Exception {
        Http city = signedIn("coordinator", "city");
        String body = """
                {"jurisdiction": "%s", "minLevel": "RED", "duration": "PT4H", "reason": "maintenance"}
                """;
        Http.Response outside = city.postJson("/api/v1/silences", body.formatted(Demo.SIBLING_COUNTY));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("jurisdiction");
        Http.Response unknown = city.postJson("/api/v1/silences", body.formatted("DP-77"));
        assertThat(json.readTree(outside.body()).path("errors").toString().replace(Demo.SIBLING_COUNTY, "?"))
                .isEqualTo(json.readTree(unknown.body()).path("errors").toString().replace("DP-77", "?"))
                .contains("jurisdiction.unknown");
        assertThat(jdbc.sql("select count(*) from silence where jurisdiction_code = :c")
                .param("c", Demo.SIBLING_COUNTY).query(Long.class).single()).isZero();
        assertThat(city.postJson("/api/v1/silences", """
                {"duration": "P8D", "reason": "too long"}
                """).status()).isEqualTo(400);
        Http.Response created = city.postJson("/api/v1/silences", body.formatted(Demo.COUNTY));
        assertThat(created.status()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        Silence whole = silences.create(Actor.system(), new SilenceDraft(null, null, Demo.SIBLING_CITY, null,
                Duration.ofHours(1), "elsewhere"));

        JsonNode list = json.readTree(city.get("/api/v1/silences").body());
        List<Long> ids = list.valueStream().map(n -> n.get("id").asLong()).toList();
        assertThat(ids).contains(id).doesNotContain(whole.id());
        assertThat(city.get("/api/v1/silences/" + whole.id()).status()).isEqualTo(404);
        assertThat(city.postJson("/api/v1/silences/" + whole.id() + "/end", "{}").status()).isEqualTo(404);

        assertThat(signedIn("officer", "city").postJson("/api/v1/silences", body.formatted(Demo.COUNTY)).status())
                .isEqualTo(403);
        assertThat(city.postJson("/api/v1/silences/" + id + "/end", "{}").status()).isEqualTo(200);
        assertThat(city.postJson("/api/v1/silences/" + id + "/end", "{}").status()).isEqualTo(409);
        silences.end(Actor.system(), whole.id());
    }

    @Test
    void theSilencesPageListsCreatesAndEndsSilencesInBothLanguages() {
        Http city = signedIn("coordinator", "city");
        assertThat(city.get("/warnings").body()).contains("href=\"/silences\"");
        Http.Response posted = city.postForm("/silences", Map.of("jurisdiction", Demo.COUNTY, "minLevel", "RED",
                "hours", "3", "reason", "page drill"));
        assertThat(posted.location()).endsWith("/silences");
        String page = city.get("/silences").body();
        assertThat(page).contains("page drill").contains(Demo.COUNTY).contains("End now");
        Silence created = silences.silences(Actor.system()).stream().filter(s -> s.reason().equals("page drill"))
                .findFirst().orElseThrow();
        assertThat(city.postForm("/silences/" + created.id() + "/end", Map.of()).location()).endsWith("/silences");
        assertThat(silences.silence(Actor.system(), created.id()).endedAt()).isNotNull();
        city.postForm("/account/language", Map.of("lang", "zh", "redirect", "/silences"));
        assertThat(city.get("/silences").body()).contains("静默").contains("page drill");
        assertThat(signedIn("viewer", "city").get("/silences").body()).doesNotContain("name=\"reason\"");
    }
}
