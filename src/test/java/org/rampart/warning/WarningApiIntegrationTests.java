package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rampart.indicator.ObservationsRecorded;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
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
class WarningApiIntegrationTests {

    static final AtomicLong OBSERVATION_IDS = new AtomicLong(2_000_000);
    static final Instant T0 = Instant.parse("2026-08-01T00:00:00Z");

    @LocalServerPort
    int port;
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

    private final JsonMapper json = JsonMapper.builder().build();

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    void rule(String indicator, RiskDomain domain) {
        management.create(Actor.system(), new RuleDraft(indicator + "-RULE", indicator, domain, "Price index",
                "价格指数", RuleDefinition.threshold(Direction.HIGHER_IS_WORSE,
                        Map.of(WarningLevel.BLUE, 10.0, WarningLevel.RED, 40.0), List.of(), 1), true));
    }

    void observe(String indicator, String jurisdiction, int hour, double value) {
        JurisdictionRef where = jurisdictions.ref(jurisdiction).orElseThrow();
        Instant at = T0.plusSeconds(3600L * hour);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new ObservationsRecorded(List.of(
                new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, indicator, where.id(),
                        where.path(), at, value, at)), "test")));
    }

    List<JsonNode> items(Http http, String query, String indicator) {
        JsonNode page = json.readTree(http.get("/api/v1/warnings" + query).body());
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(i -> {
            if (i.path("indicatorCode").asString().equals(indicator)) {
                items.add(i);
            }
        });
        return items;
    }

    long idOf(String indicator, String jurisdiction) {
        return jdbc.sql("select id from warning where indicator_code = :i and jurisdiction_code = :j "
                + "and state <> 'RESOLVED'").param("i", indicator).param("j", jurisdiction).query(Long.class).single();
    }

    @Test
    void theListIsScopedAndFiltered() {
        rule("FOOD-PRICE", RiskDomain.FOOD);
        observe("FOOD-PRICE", Demo.COUNTY, 0, 50);
        observe("FOOD-PRICE", Demo.SIBLING_COUNTY, 0, 15);

        Http province = signedIn("viewer", "province");
        assertThat(items(province, "?size=500", "FOOD-PRICE")).hasSize(2);
        assertThat(items(province, "?size=500&level=RED", "FOOD-PRICE")).extracting(i -> i.path("jurisdictionCode")
                .asString()).containsExactly(Demo.COUNTY);
        assertThat(items(province, "?size=500&domain=ECONOMIC", "FOOD-PRICE")).hasSize(2);
        assertThat(items(province, "?size=500&domain=ENERGY", "FOOD-PRICE")).isEmpty();
        assertThat(items(province, "?size=500&jurisdiction=" + Demo.SIBLING_CITY, "FOOD-PRICE"))
                .extracting(i -> i.path("level").asString()).containsExactly("BLUE");
        assertThat(items(province, "?size=500&state=RESOLVED", "FOOD-PRICE")).isEmpty();
        assertThat(province.get("/api/v1/warnings?level=PURPLE").status()).isEqualTo(400);

        Http city = signedIn("viewer", "city");
        assertThat(items(city, "?size=500", "FOOD-PRICE")).extracting(i -> i.path("jurisdictionCode").asString())
                .containsExactly(Demo.COUNTY);
        // a sibling city's code is answered exactly like a made-up one: the city learns nothing of it
        Http.Response sibling = city.get("/api/v1/warnings?jurisdiction=" + Demo.SIBLING_CITY);
        Http.Response madeUp = city.get("/api/v1/warnings?jurisdiction=DP-77");
        assertThat(sibling.status()).isEqualTo(400).isEqualTo(madeUp.status());
        assertThat(json.readTree(sibling.body()).path("errors").toString().replace(Demo.SIBLING_CITY, "?"))
                .isEqualTo(json.readTree(madeUp.body()).path("errors").toString().replace("DP-77", "?"))
                .contains("jurisdiction.unknown");
        assertThat(city.get("/api/v1/warnings/" + idOf("FOOD-PRICE", Demo.SIBLING_COUNTY)).status()).isEqualTo(404);
        JsonNode detail = json.readTree(city.get("/api/v1/warnings/" + idOf("FOOD-PRICE", Demo.COUNTY)).body());
        assertThat(detail.path("steps").get(0).path("change").asString()).isEqualTo("RAISED");
        assertThat(detail.path("steps").get(0).path("explanation").asString()).contains("50").contains(">= 40");
    }

    @Test
    void aWarningIsAcknowledgedAssignedAndResolvedWithAuditAndEvents() {
        rule("FUEL-STOCK", RiskDomain.ENERGY);
        observe("FUEL-STOCK", Demo.COUNTY, 0, 45);
        long id = idOf("FUEL-STOCK", Demo.COUNTY);
        String path = "/api/v1/warnings/" + id;

        Http officer = signedIn("officer", "county");
        assertThat(officer.postJson(path + "/acknowledge", "{\"comment\": \" \"}").status()).isEqualTo(400);
        Http.Response acknowledged = officer.postJson(path + "/acknowledge", "{\"comment\": \"Checking depots\"}");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(json.readTree(acknowledged.body()).path("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(officer.postJson(path + "/acknowledge", "{\"comment\": \"again\"}").status()).isEqualTo(409);
        assertThat(officer.postJson(path + "/resolve", "{\"note\": \"done\"}").status()).isEqualTo(403);
        assertThat(signedIn("officer", "province").postJson("/api/v1/warnings/" + idOf("FUEL-STOCK", Demo.COUNTY)
                + "/acknowledge", "{\"comment\": \"x\"}").status()).isEqualTo(409);

        String unit = jdbc.sql("select u.code from unit u join jurisdiction j on j.id = u.jurisdiction_id "
                + "where j.code = :c order by u.code limit 1").param("c", Demo.CITY).query(String.class).single();
        String siblingUnit = jdbc.sql("select u.code from unit u join jurisdiction j on j.id = u.jurisdiction_id "
                + "where j.code = :c order by u.code limit 1").param("c", Demo.SIBLING_CITY).query(String.class).single();
        Http coordinator = signedIn("coordinator", "city");
        Http.Response refused = coordinator.postJson(path + "/assign", "{\"unit\": \"" + siblingUnit + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"unit\"");
        Http.Response unknown = coordinator.postJson(path + "/assign", "{\"unit\": \"NO-SUCH-UNIT\"}");
        assertThat(json.readTree(refused.body()).path("errors").toString().replace(siblingUnit, "?"))
                .isEqualTo(json.readTree(unknown.body()).path("errors").toString().replace("NO-SUCH-UNIT", "?"))
                .contains("unit.unknown");
        Http.Response assigned = coordinator.postJson(path + "/assign", "{\"unit\": \"" + unit + "\"}");
        assertThat(json.readTree(assigned.body()).path("assignedUnitCode").asString()).isEqualTo(unit);
        Http.Response resolved = coordinator.postJson(path + "/resolve", "{\"note\": \"Stocks replenished\"}");
        assertThat(json.readTree(resolved.body()).path("state").asString()).isEqualTo("RESOLVED");
        assertThat(coordinator.postJson(path + "/resolve", "{\"note\": \"again\"}").status()).isEqualTo(409);

        assertThat(management.steps(Actor.system(), id)).extracting(WarningStep::change).containsExactly(
                WarningChanged.Change.RAISED, WarningChanged.Change.ACKNOWLEDGED, WarningChanged.Change.ASSIGNED,
                WarningChanged.Change.RESOLVED);
        assertThat(management.steps(Actor.system(), id).get(1).comment()).isEqualTo("Checking depots");
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'warning' and entity_id = :id "
                + "order by id").param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("warning.acknowledge", "warning.assign", "warning.resolve");
        observe("FUEL-STOCK", Demo.COUNTY, 1, 46);
        assertThat(idOf("FUEL-STOCK", Demo.COUNTY)).as("a new warning after the resolved one").isNotEqualTo(id);
    }

    @Test
    void anUpgradeNeedsANewAcknowledgement() {
        rule("GAS-PRICE", RiskDomain.ENERGY);
        observe("GAS-PRICE", Demo.COUNTY, 0, 12);
        long id = idOf("GAS-PRICE", Demo.COUNTY);
        management.acknowledge(Actor.system(), id, "seen");
        observe("GAS-PRICE", Demo.COUNTY, 1, 41);
        Warning upgraded = management.warning(Actor.system(), id);
        assertThat(upgraded.state()).isEqualTo(WarningState.OPEN);
        assertThat(upgraded.level()).isEqualTo(WarningLevel.RED);
        assertThat(upgraded.acknowledgedBy()).isNull();
        management.resolve(Actor.system(), id, "prices fell back");
        assertThat(events.stream(WarningChanged.class).filter(e -> e.warningId() == id).map(WarningChanged::change))
                .containsExactly(WarningChanged.Change.RAISED, WarningChanged.Change.ACKNOWLEDGED,
                        WarningChanged.Change.UPGRADED, WarningChanged.Change.RESOLVED);
        WarningChanged resolved = events.stream(WarningChanged.class)
                .filter(e -> e.warningId() == id && e.change() == WarningChanged.Change.RESOLVED)
                .findFirst().orElseThrow();
        assertThat(resolved.actor()).isEqualTo("system");
        assertThat(resolved.comment()).isEqualTo("prices fell back");
        assertThat(resolved.from()).isEqualTo(WarningLevel.RED);
        assertThat(resolved.to()).isNull();
    }
}
