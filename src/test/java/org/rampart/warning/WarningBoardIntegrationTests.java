package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class WarningBoardIntegrationTests {

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

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    long raise(String indicator, String jurisdiction, double value) {
        JurisdictionRef where = jurisdictions.ref(jurisdiction).orElseThrow();
        Instant at = Instant.parse("2026-09-01T00:00:00Z");
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new ObservationsRecorded(List.of(
                new ObservationsRecorded.Recorded(3_000_000L + where.id(), 1, indicator, where.id(), where.path(), at,
                        value, at)), "test")));
        return jdbc.sql("select id from warning where indicator_code = :i and jurisdiction_id = :j")
                .param("i", indicator).param("j", where.id()).query(Long.class).single();
    }

    @Test
    void theBoardShowsWarningsInScopeAndRefreshesItsRows() {
        management.create(Actor.system(), new RuleDraft("BOARD-RULE", "BOARD-IND", RiskDomain.PUBLIC_ORDER, "Crowding",
                "人群聚集", RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(WarningLevel.YELLOW, 5.0,
                        WarningLevel.RED, 9.0), List.of(), 1), true));
        long county = raise("BOARD-IND", Demo.COUNTY, 9.5);
        raise("BOARD-IND", Demo.SIBLING_COUNTY, 6);

        Http city = signedIn("viewer", "city");
        city.postForm("/account/language", Map.of("lang", "en", "redirect", "/warnings"));
        Http.Response board = city.get("/warnings");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("BOARD-RULE").contains(Demo.COUNTY).doesNotContain(Demo.SIBLING_COUNTY)
                .contains("hx-trigger=\"refresh-warnings\"").contains("data-stream=\"/warnings/stream\"")
                .contains("Connecting");
        Http.Response rows = city.get("/warnings/rows?level=RED");
        assertThat(rows.body()).doesNotContain("<html").contains("BOARD-RULE").contains("/warnings/rows?page=0&amp;level=RED");
        assertThat(city.get("/warnings/rows?level=YELLOW").body()).doesNotContain("BOARD-RULE");
        assertThat(city.get("/warnings?jurisdiction=NOWHERE").body()).contains("unknown jurisdiction");
        assertThat(city.get("/warnings/rows?jurisdiction=" + Demo.SIBLING_CITY).body()).contains("unknown jurisdiction")
                .contains(Demo.SIBLING_CITY).doesNotContain("BOARD-RULE");

        city.postForm("/account/language", Map.of("lang", "zh", "redirect", "/warnings"));
        assertThat(city.get("/warnings").body()).contains("红色").contains("预警");
        city.postForm("/account/language", Map.of("lang", "en", "redirect", "/warnings"));
    }

    @Test
    void anOfficerAcknowledgesOnTheWarningsPage() {
        management.create(Actor.system(), new RuleDraft("DETAIL-RULE", "DETAIL-IND", RiskDomain.PRODUCTION_SAFETY,
                "Gas", "燃气", RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(WarningLevel.ORANGE, 1.0),
                        List.of(), 1), true));
        long id = raise("DETAIL-IND", Demo.COUNTY, 2);
        Http officer = signedIn("officer", "county");
        officer.postForm("/account/language", Map.of("lang", "en", "redirect", "/warnings"));
        Http.Response page = officer.get("/warnings/" + id);
        assertThat(page.body()).contains("DETAIL-RULE").contains("value at").contains("Acknowledge");
        officer.postForm("/warnings/" + id + "/acknowledge", Map.of("comment", ""));
        assertThat(officer.get("/warnings/" + id).body()).contains("Comment: is required");
        Http.Response done = officer.postForm("/warnings/" + id + "/acknowledge", Map.of("comment", "On site"));
        assertThat(done.location()).endsWith("/warnings/" + id);
        assertThat(officer.get("/warnings/" + id).body()).contains("Acknowledged").contains("On site");
        assertThat(signedIn("officer", "province").get("/warnings/" + raise("DETAIL-IND", Demo.SIBLING_COUNTY, 3))
                .status()).isEqualTo(200);
        assertThat(officer.get("/warnings/" + raise("DETAIL-IND", Demo.SIBLING_COUNTY, 3)).status()).isEqualTo(404);
    }
}
