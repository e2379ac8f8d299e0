package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.risk.RiskFixtures.body;
import static org.rampart.risk.RiskFixtures.create;
import static org.rampart.support.Sessions.signedIn;
import static org.rampart.support.Sessions.uniqueCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class RiskIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    RiskManagement risks;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAnalystCreatesAndReassessesARiskAndEveryAssessmentIsKeptAndAudited() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "DAM", Demo.COUNTY, 3, 4, "\"ownerUnit\":\"DP-01-01-WR\",\"tags\":[\"flood\",\"dam\"],"
                + "\"reviewFrequencyDays\":30");
        JsonNode risk = json.readTree(analyst.get("/api/v1/risks/" + code).body());
        assertThat(risk.path("score").asInt()).isEqualTo(12);
        assertThat(risk.path("level").asString()).isEqualTo("HIGH");
        assertThat(risk.path("status").asString()).isEqualTo("IDENTIFIED");
        assertThat(risk.path("ownerUnit").asString()).isEqualTo("DP-01-01-WR");
        assertThat(risk.path("nextReviewDate").asString()).isEqualTo(risks.today().plusDays(30).toString());

        Http.Response assessed = analyst.postJson("/api/v1/risks/" + code + "/assessments", """
                {"likelihood":5,"impact":4,"residualLikelihood":2,"residualImpact":3,"controls":"Daily patrols",
                 "reason":"Seepage grew after the rains"}""");
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        JsonNode after = json.readTree(assessed.body());
        assertThat(after.path("score").asInt()).isEqualTo(20);
        assertThat(after.path("level").asString()).isEqualTo("EXTREME");
        assertThat(after.path("residualScore").asInt()).isEqualTo(6);
        assertThat(after.path("residualLevel").asString()).isEqualTo("MEDIUM");
        assertThat(after.path("status").asString()).isEqualTo("ASSESSED");
        assertThat(after.path("controls").asString()).isEqualTo("Daily patrols");

        JsonNode history = json.readTree(analyst.get("/api/v1/risks/" + code + "/assessments").body());
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).path("level").asString()).isEqualTo("HIGH");
        assertThat(history.get(1).path("reason").asString()).isEqualTo("Seepage grew after the rains");
        assertThat(history.get(1).path("assessedBy").asString()).isEqualTo("analyst.city");

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=risk&entityId=" + code).body());
        assertThat(audit.path("items").findValuesAsString("action")).containsExactly("assess", "create");
        assertThat(audit.path("items").get(0).path("before").asString()).contains("\"HIGH\"");
        assertThat(audit.path("items").get(0).path("after").asString()).contains("\"EXTREME\"");
    }

    @Test
    void badRisksAreRefusedWithAProblemForEveryField() {
        Http analyst = signedIn(port, "analyst", "city");
        Http.Response bad = analyst.postJson("/api/v1/risks", """
                {"code":"bad code","titleEn":"","titleZh":" ","domain":"WEATHER","jurisdiction":"DP-02","ownerUnit":"NO-UNIT",
                 "likelihood":6,"impact":0,"residualLikelihood":2,"reviewFrequencyDays":0,"indicators":["NO_SUCH_INDICATOR"],
                 "targetLevel":"HUGE","nextReviewDate":"tomorrow"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).path("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "code", "titleEn", "domain", "jurisdiction", "ownerUnit", "likelihood", "impact", "residualImpact",
                "reviewFrequencyDays", "indicators", "targetLevel", "nextReviewDate");
        assertThat(bad.body()).contains("must lie between 1 and 5").contains("unknown domain 'WEATHER'");

        String code = create(analyst, "DUP", Demo.CITY, 1, 1, null);
        assertThat(analyst.postJson("/api/v1/risks", body(code, Demo.CITY, "DISASTER", 1, 1, null)).status()).isEqualTo(400);
        assertThat(analyst.postJson("/api/v1/risks", body("heatmap", Demo.CITY, "DISASTER", 1, 1, null)).status())
                .isEqualTo(400);
        Http viewer = signedIn(port, "viewer", "city");
        assertThat(viewer.postJson("/api/v1/risks", body(uniqueCode("V"), Demo.CITY, "DISASTER", 1, 1, null)).status())
                .isEqualTo(403);
        assertThat(risks.find(org.rampart.shared.Actor.system(), code)).isPresent();
    }

    @Test
    void aRiskMovesThroughItsStatusesOneStepAtATimeAndClosesOnlyWithAReason() {
        Http coordinator = signedIn(port, "coordinator", "city");
        String code = create(coordinator, "ST", Demo.CITY, 2, 2, null);
        String path = "/api/v1/risks/" + code + "/status";
        assertThat(coordinator.postJson(path, "{\"status\":\"TREATING\"}").status()).isEqualTo(409);
        assertThat(coordinator.postJson(path, "{\"status\":\"ASSESSED\"}").status()).isEqualTo(200);
        assertThat(coordinator.postJson(path, "{\"status\":\"TREATING\"}").status()).isEqualTo(200);
        assertThat(coordinator.postJson(path, "{\"status\":\"MONITORED\"}").status()).isEqualTo(200);
        assertThat(coordinator.postJson(path, "{\"status\":\"TREATING\"}").status()).isEqualTo(200);
        assertThat(coordinator.postJson(path, "{\"status\":\"SLEEPING\"}").status()).isEqualTo(400);
        Http.Response noReason = coordinator.postJson("/api/v1/risks/" + code + "/close", "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(json.readTree(noReason.body()).path("errors").findValuesAsString("field")).containsExactly("reason");
        Http.Response closed = coordinator.postJson("/api/v1/risks/" + code + "/close", "{\"reason\":\"Dam rebuilt\"}");
        assertThat(json.readTree(closed.body()).path("status").asString()).isEqualTo("CLOSED");
        assertThat(json.readTree(closed.body()).path("closedReason").asString()).isEqualTo("Dam rebuilt");
        assertThat(coordinator.postJson(path, "{\"status\":\"MONITORED\"}").status()).isEqualTo(409);
        assertThat(coordinator.postJson("/api/v1/risks/" + code + "/assessments",
                "{\"likelihood\":1,\"impact\":1,\"reason\":\"x\"}").status()).isEqualTo(409);
        // Closed risks leave the default list but stay listed with status=CLOSED or ALL.
        assertThat(coordinator.get("/api/v1/risks?size=500&q=" + code).body()).doesNotContain(code);
        assertThat(coordinator.get("/api/v1/risks?size=500&status=ALL&q=" + code).body()).contains(code);
    }

    @Test
    void treatmentsAreTrackedAndCannotFallDueBeforeTheRiskWasCreated() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "TR", Demo.CITY, 3, 3, null);
        String path = "/api/v1/risks/" + code + "/treatments";
        Http.Response early = analyst.postJson(path, """
                {"title":"Reinforce the dam","ownerUnit":"DP-01-WR","dueDate":"2000-01-01"}""");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("dueDate").contains("must not be before the risk was created");
        assertThat(analyst.postJson(path, "{\"title\":\"x\",\"ownerUnit\":\"DP-02-WR\",\"dueDate\":\"2099-01-01\"}").status())
                .as("a unit outside the scope is unknown").isEqualTo(400);
        String due = risks.today().plusDays(60).toString();
        Http.Response added = analyst.postJson(path, """
                {"title":"Reinforce the dam","ownerUnit":"DP-01-WR","dueDate":"%s"}""".formatted(due));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = json.readTree(added.body()).path("id").asLong();
        Http.Response done = analyst.putJson(path + "/" + id, "{\"status\":\"DONE\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonNode list = json.readTree(analyst.get(path).body());
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).path("status").asString()).isEqualTo("DONE");
        assertThat(list.get(0).path("completedAt").isNull()).isFalse();
        assertThat(list.get(0).path("dueDate").asString()).isEqualTo(due);
    }

    @Test
    void aReviewMovesTheNextReviewAndOverdueReviewsAreFlaggedAndCountedPerUnit() {
        Http analyst = signedIn(port, "analyst", "city");
        String past = risks.today().minusDays(3).toString();
        String code = create(analyst, "RV", Demo.CITY, 2, 3, "\"ownerUnit\":\"DP-01-EM\",\"reviewFrequencyDays\":14,"
                + "\"nextReviewDate\":\"" + past + "\"");
        JsonNode risk = json.readTree(analyst.get("/api/v1/risks/" + code).body());
        assertThat(risk.path("reviewOverdue").asBoolean()).isTrue();
        assertThat(analyst.get("/api/v1/risks?overdueReview=true&size=500").body()).contains(code);
        JsonNode due = json.readTree(analyst.get("/api/v1/risks/reviews?days=7").body());
        boolean counted = false;
        for (JsonNode unit : due) {
            if ("DP-01-EM".equals(unit.path("ownerUnitCode").asString())) {
                counted = unit.path("overdue").asLong() >= 1;
            }
        }
        assertThat(counted).isTrue();
        JsonNode reviewed = json.readTree(analyst.postJson("/api/v1/risks/" + code + "/reviews", "{\"note\":\"checked\"}").body());
        assertThat(reviewed.path("nextReviewDate").asString()).isEqualTo(risks.today().plusDays(14).toString());
        assertThat(reviewed.path("reviewOverdue").asBoolean()).isFalse();
        assertThat(analyst.get("/api/v1/risks?overdueReview=true&size=500").body()).doesNotContain(code);
    }

    @Test
    void theRegisterIsSearchableInBothLanguagesFilterableAndSortable() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "FT", Demo.COUNTY, 4, 4, "\"bottomLine\":true,\"ownerUnit\":\"DP-01-01-WR\"");
        assertThat(analyst.get("/api/v1/risks?size=500&q=floods").body()).as("English stems").contains(code);
        assertThat(analyst.get("/api/v1/risks?size=500&q=" + enc("大坝渗漏")).body()).as("Chinese substring").contains(code);
        assertThat(analyst.get("/api/v1/risks?size=500&q=" + enc("渗")).body()).as("one Chinese character").contains(code);
        assertThat(analyst.get("/api/v1/risks?size=500&q=" + enc("粮食")).body()).doesNotContain(code);
        assertThat(analyst.get("/api/v1/risks?size=500&domain=DISASTER&level=HIGH&jurisdiction=DP-01-01&bottomLine=true"
                + "&ownerUnit=DP-01-01-WR").body()).contains(code);
        assertThat(analyst.get("/api/v1/risks?size=500&domain=FOOD").body()).doesNotContain(code);
        assertThat(analyst.get("/api/v1/risks?size=500&level=LOW&q=" + code).body()).doesNotContain(code);
        JsonNode first = json.readTree(analyst.get("/api/v1/risks?size=1").body()).path("items").get(0);
        assertThat(first.path("bottomLine").asBoolean()).as("bottom-line risks come first").isTrue();
        assertThat(analyst.get("/api/v1/risks?sort=-nextReview").status()).isEqualTo(200);
        Http.Response badSort = analyst.get("/api/v1/risks?sort=likelihood;drop");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(analyst.get("/api/v1/risks?level=HUGE").status()).isEqualTo(400);
    }

    @Test
    void aCityUserCannotReadListOrGuessARiskOfTheSiblingCity() {
        Http provinceAnalyst = signedIn(port, "analyst", "province");
        String sibling = create(provinceAnalyst, "SIB", Demo.SIBLING_CITY, 4, 5, "\"tags\":[\"secret-sibling\"]");
        String own = create(provinceAnalyst, "OWN", Demo.CITY, 4, 5, null);
        for (String role : List.of("viewer", "analyst", "administrator")) {
            Http city = signedIn(port, role, "city");
            assertThat(city.get("/api/v1/risks/" + sibling).status()).isEqualTo(404);
            assertThat(city.get("/api/v1/risks/" + sibling + "/assessments").status()).isEqualTo(404);
            assertThat(city.get("/api/v1/risks/" + sibling + "/treatments").status()).isEqualTo(404);
            assertThat(city.get("/api/v1/risks?size=500&status=ALL").body()).doesNotContain(sibling).contains(own);
            assertThat(city.get("/api/v1/risks?size=500&q=" + sibling).body()).doesNotContain(sibling);
            assertThat(city.get("/api/v1/risks?jurisdiction=" + Demo.SIBLING_CITY).status()).isEqualTo(400);
            assertThat(city.get("/risks/" + sibling).status()).isEqualTo(404);
            assertThat(city.get("/risks?q=" + sibling).body()).doesNotContain("data-code=\"" + sibling);
            assertThat(city.get("/risks?status=ALL").body()).doesNotContain(sibling);
        }
        Http cityAnalyst = signedIn(port, "analyst", "city");
        assertThat(cityAnalyst.putJson("/api/v1/risks/" + sibling, "{\"titleEn\":\"mine\"}").status()).isEqualTo(404);
        assertThat(cityAnalyst.postJson("/api/v1/risks/" + sibling + "/close", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(cityAnalyst.postJson("/api/v1/risks", body(uniqueCode("X"), Demo.SIBLING_CITY, "DISASTER", 1, 1, null))
                .body()).contains("unknown jurisdiction");
        assertThat(provinceAnalyst.get("/api/v1/risks/" + sibling).status()).isEqualTo(200);
    }

    @Test
    void anUpdateKeepsWhatItLeavesOutAndARescoringNeedsAReason() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "UP", Demo.CITY, 2, 2, "\"tags\":[\"a\"]");
        Http.Response noReason = analyst.putJson("/api/v1/risks/" + code, "{\"likelihood\":5}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Http.Response ok = analyst.putJson("/api/v1/risks/" + code, "{\"titleEn\":\"Renamed\",\"likelihood\":5,\"reason\":\"new data\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode r = json.readTree(ok.body());
        assertThat(r.path("titleEn").asString()).isEqualTo("Renamed");
        assertThat(r.path("titleZh").asString()).startsWith("水库大坝安全");
        assertThat(r.path("score").asInt()).isEqualTo(10);
        assertThat(r.path("tags").toString()).contains("\"a\"");
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + code + "/assessments").body()).size()).isEqualTo(2);
        assertThat(analyst.putJson("/api/v1/risks/" + code, "{\"jurisdiction\":\"DP-01-01\"}").status()).isEqualTo(400);
        assertThat(analyst.putJson("/api/v1/risks/" + code, "{\"reviewFrequencyDays\":0}").status()).isEqualTo(400);
    }

    @Test
    void anAdministratorChangesTheMatrixAndStoredLevelsAreRecomputed() {
        Http admin = signedIn(port, "administrator", "province");
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "MX", Demo.CITY, 2, 5, null);
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + code).body()).path("level").asString()).isEqualTo("HIGH");
        String labels = "[{\"en\":\"a\",\"zh\":\"甲\"},{\"en\":\"b\",\"zh\":\"乙\"},{\"en\":\"c\",\"zh\":\"丙\"},"
                + "{\"en\":\"d\",\"zh\":\"丁\"},{\"en\":\"e\",\"zh\":\"戊\"}]";
        try {
            Http.Response bad = admin.putJson("/api/v1/risk-matrix", """
                    {"size":5,"likelihoodLabels":%s,"impactLabels":[],"bands":{"LOW":2,"MEDIUM":5,"HIGH":4,"EXTREME":30}}"""
                    .formatted(labels));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(json.readTree(bad.body()).path("errors").findValuesAsString("field"))
                    .contains("impactLabels", "bands.LOW", "bands.HIGH", "bands.EXTREME");
            assertThat(admin.putJson("/api/v1/risk-matrix", """
                    {"size":3,"likelihoodLabels":[{"en":"a","zh":"甲"},{"en":"b","zh":"乙"},{"en":"c","zh":"丙"}],
                     "impactLabels":[{"en":"a","zh":"甲"},{"en":"b","zh":"乙"},{"en":"c","zh":"丙"}],
                     "bands":{"LOW":1,"MEDIUM":2,"HIGH":3,"EXTREME":4}}""").body()).contains("likelihood or impact above 3");
            assertThat(analyst.putJson("/api/v1/risk-matrix", "{\"size\":5}").status()).isEqualTo(403);

            Http.Response saved = admin.putJson("/api/v1/risk-matrix", """
                    {"size":5,"likelihoodLabels":%s,"impactLabels":%s,"bands":{"LOW":1,"MEDIUM":5,"HIGH":12,"EXTREME":20}}"""
                    .formatted(labels, labels));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(json.readTree(saved.body()).path("risksRecomputed").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(json.readTree(analyst.get("/api/v1/risks/" + code).body()).path("level").asString()).isEqualTo("MEDIUM");
        } finally {
            risks.updateMatrix(org.rampart.shared.Actor.system(), RiskMatrix.defaults());
        }
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + code).body()).path("level").asString()).isEqualTo("HIGH");
    }

    @Test
    void anAdministratorAddsRenamesAndDeactivatesADomain() {
        Http admin = signedIn(port, "administrator", "province");
        String code = "WATER_" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        Http.Response added = admin.postJson("/api/v1/risk-domains", """
                {"code":"%s","parentCode":"ECONOMIC","nameEn":"Water security","nameZh":"水安全","position":25}""".formatted(code));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(admin.postJson("/api/v1/risk-domains", """
                {"code":"X_%s","parentCode":"%s","nameEn":"Too deep","nameZh":"太深"}""".formatted(code, code)).body())
                .contains("must be a top-level domain");
        Http analyst = signedIn(port, "analyst", "city");
        String risk = create(analyst, "WD", Demo.CITY, 2, 2, null);
        assertThat(analyst.putJson("/api/v1/risks/" + risk, "{\"domain\":\"" + code + "\"}").status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/risks?size=500&domain=ECONOMIC").body()).as("sub-domains count").contains(risk);
        assertThat(admin.putJson("/api/v1/risk-domains/" + code, "{\"nameEn\":\"Water\",\"active\":false}").status())
                .isEqualTo(200);
        assertThat(analyst.postJson("/api/v1/risks", body(uniqueCode("WD"), Demo.CITY, code, 1, 1, null)).body())
                .contains("is inactive");
        assertThat(analyst.putJson("/api/v1/risks/" + risk, "{\"titleEn\":\"still in the inactive domain\"}").status())
                .isEqualTo(200);
        assertThat(analyst.postJson("/api/v1/risk-domains", "{\"code\":\"NOPE\",\"nameEn\":\"n\",\"nameZh\":\"n\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        Http viewer = signedIn(port, "viewer", "city");
        String docs = viewer.get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/risks").contains("/api/v1/risks/{code}/assessments")
                .contains("/api/v1/risks/import").contains("/api/v1/risk-matrix");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }


    @Test
    void onlyAnAdministratorOfTheWholeTreeChangesTheMatrixOthersSeeItReadOnly() {
        Http cityAdmin = signedIn(port, "administrator", "city");
        assertThat(cityAdmin.putJson("/api/v1/risk-matrix", "{\"size\":5}").status()).isEqualTo(403);
        assertThat(cityAdmin.postForm("/risks/matrix", java.util.Map.of("size", "5")).status()).isEqualTo(403);
        String page = cityAdmin.get("/risks/matrix").body();
        assertThat(page).contains("id=\"matrix-read-only\"").doesNotContain("id=\"matrix-form\"")
                .contains("only an administrator of the whole jurisdiction tree changes it");
        Http zh = signedIn(port, "administrator", "city").language("zh-CN");
        zh.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/risks/matrix"));
        try {
            assertThat(zh.get("/risks/matrix").body()).contains("id=\"matrix-read-only\"")
                    .contains("只有管辖范围覆盖整个辖区树的管理员才能修改");
        } finally {
            zh.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/risks/matrix"));
        }
        assertThat(cityAdmin.get("/api/v1/risk-matrix").status()).as("reading stays open").isEqualTo(200);

        Http provinceAdmin = signedIn(port, "administrator", "province");
        // The root province's administrator passes the check; the matrix is then refused only as invalid.
        assertThat(provinceAdmin.putJson("/api/v1/risk-matrix", "{\"size\":5}").status()).isEqualTo(400);
        String own = provinceAdmin.get("/risks/matrix").body();
        assertThat(own).contains("id=\"matrix-form\"").doesNotContain("id=\"matrix-read-only\"");
    }
}
