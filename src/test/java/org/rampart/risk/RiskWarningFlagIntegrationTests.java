package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.risk.RiskFixtures.create;
import static org.rampart.support.Sessions.signedIn;
import static org.rampart.support.Sessions.uniqueCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rampart.indicator.IndicatorDraft;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.indicator.ObservationsRecorded;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.Direction;
import org.rampart.warning.RuleDefinition;
import org.rampart.warning.RuleDraft;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A warning of a linked indicator that reaches orange or red flags the risk for re-assessment until it is re-assessed. */
@IntegrationTest
class RiskWarningFlagIntegrationTests {

    static final AtomicLong OBSERVATION_IDS = new AtomicLong(7_000_000);
    static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    IndicatorManagement indicators;
    @Autowired
    WarningManagement warnings;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;

    private final JsonMapper json = JsonMapper.builder().build();

    String indicatorWithRule() {
        String code = uniqueCode("LEVEE").replace('-', '_');
        indicators.create(Actor.system(), new IndicatorDraft(code, "Levee seepage", "堤防渗漏", "DISASTER", "l/s",
                "HOURLY", "MEAN", null, null, null, true));
        warnings.create(Actor.system(), new RuleDraft(code + "-RULE", code, RiskDomain.DISASTER, "Seepage", "渗漏",
                RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(WarningLevel.BLUE, 10.0,
                        WarningLevel.YELLOW, 20.0, WarningLevel.ORANGE, 30.0, WarningLevel.RED, 40.0), List.of(), 1), true));
        return code;
    }

    void observe(String indicator, String jurisdiction, int hour, double value) {
        JurisdictionRef where = jurisdictions.ref(jurisdiction).orElseThrow();
        Instant at = T0.plusSeconds(3600L * hour);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new ObservationsRecorded(List.of(
                new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, indicator, where.id(),
                        where.path(), at, value, at)), "test")));
    }

    JsonNode awaitRisk(Http http, String code, boolean flagged) throws InterruptedException {
        JsonNode risk = null;
        for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); System.nanoTime() < deadline; ) {
            risk = json.readTree(http.get("/api/v1/risks/" + code).body());
            if (risk.path("reassessmentNeeded").asBoolean() == flagged) {
                return risk;
            }
            Thread.sleep(200);
        }
        return risk;
    }

    @Test
    void anOrangeWarningOnALinkedIndicatorFlagsTheRiskUntilItIsReassessed() throws InterruptedException {
        String indicator = indicatorWithRule();
        Http analyst = signedIn(port, "analyst", "city");
        // A city risk: a warning in one of its counties lies in its area.
        String cityRisk = create(analyst, "LEV", Demo.CITY, 3, 3, "\"indicators\":[\"" + indicator + "\"]");
        String unlinked = create(analyst, "UNL", Demo.CITY, 3, 3, null);

        observe(indicator, Demo.COUNTY, 0, 25);   // yellow: no flag
        Thread.sleep(1500);
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + cityRisk).body()).path("reassessmentNeeded").asBoolean())
                .isFalse();

        observe(indicator, Demo.COUNTY, 1, 35);   // upgraded to orange: flag
        JsonNode flagged = awaitRisk(analyst, cityRisk, true);
        assertThat(flagged.path("reassessmentNeeded").asBoolean()).isTrue();
        assertThat(flagged.path("reassessmentReason").asString()).contains(indicator).contains("ORANGE");
        assertThat(flagged.path("reassessmentWarningId").isNull()).isFalse();
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + unlinked).body()).path("reassessmentNeeded").asBoolean())
                .isFalse();
        assertThat(analyst.get("/api/v1/risks?reassessmentNeeded=true&size=500").body()).contains(cityRisk)
                .doesNotContain(unlinked);
        assertThat(analyst.get("/risks/" + cityRisk).body()).contains("reassessment-flag");

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=risk&entityId=" + cityRisk).body());
        JsonNode flag = audit.path("items").get(0);
        assertThat(flag.path("action").asString()).isEqualTo("flag");
        assertThat(flag.path("actor").asString()).isEqualTo("system");

        Http.Response reassessed = analyst.postJson("/api/v1/risks/" + cityRisk + "/assessments",
                "{\"likelihood\":4,\"impact\":4,\"reason\":\"Seepage warning: raised the likelihood\"}");
        assertThat(reassessed.status()).isEqualTo(201);
        assertThat(json.readTree(reassessed.body()).path("reassessmentNeeded").asBoolean()).isFalse();
        assertThat(analyst.get("/api/v1/risks?reassessmentNeeded=true&size=500").body()).doesNotContain(cityRisk);
    }
}
