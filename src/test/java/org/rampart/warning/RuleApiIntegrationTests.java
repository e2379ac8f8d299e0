package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class RuleApiIntegrationTests {

    static final String RAINSTORM = """
            {"code": "%s", "indicatorCode": "RAIN-1H", "domain": "DISASTER", "nameEn": "Rainstorm signal",
             "nameZh": "暴雨预警信号", "type": "WINDOW", "direction": "HIGHER_IS_WORSE", "aggregate": "SUM",
             "thresholds": {"BLUE": 50, "YELLOW": 50, "ORANGE": 50, "RED": 100},
             "windows": {"BLUE": "PT12H", "YELLOW": "PT6H", "ORANGE": "PT3H", "RED": "PT3H"},
             "overrides": [{"jurisdiction": "DP-01", "thresholds": {"BLUE": 60, "YELLOW": 60, "ORANGE": 60, "RED": 120}}],
             "recoverAfter": 2}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void aCoordinatorCreatesARainstormRuleThatTheIndicatorChartCanRead() {
        Http http = signedIn("coordinator", "province");
        Http.Response created = http.postJson("/api/v1/rules",
                RAINSTORM.formatted("RAIN-SIGNAL").replace("RAIN-1H", "RAIN-CHART"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/rules/RAIN-SIGNAL");

        JsonNode list = json.readTree(signedIn("viewer", "county").get("/api/v1/rules?indicator=RAIN-CHART").body());
        JsonNode rule = list.path("items").get(0);
        assertThat(rule.path("code").asString()).isEqualTo("RAIN-SIGNAL");
        assertThat(rule.path("type").asString()).isEqualTo("WINDOW");
        assertThat(rule.path("direction").asString()).isEqualTo("HIGHER_IS_WORSE");
        assertThat(rule.path("thresholds").path("RED").asDouble()).isEqualTo(100);
        assertThat(rule.path("windows").path("BLUE").asString()).isEqualTo("PT12H");
        assertThat(rule.path("overrides").get(0).path("jurisdiction").asString()).isEqualTo("DP-01");
        assertThat(rule.path("overrides").get(0).path("thresholds").path("RED").asDouble()).isEqualTo(120);
        assertThat(rule.path("version").asInt()).isEqualTo(1);
        assertThat(json.readTree(http.get("/api/v1/rules?indicator=NOT-THERE").body()).path("items").size()).isZero();
    }

    @Test
    void everyEditIsANewVersionAndIsAudited() {
        Http http = signedIn("administrator", "province");
        assertThat(http.postJson("/api/v1/rules", RAINSTORM.formatted("RAIN-EDIT")).status()).isEqualTo(201);
        Http.Response edited = http.putJson("/api/v1/rules/RAIN-EDIT", RAINSTORM.formatted("RAIN-EDIT")
                .replace("\"RED\": 100", "\"RED\": 110"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(json.readTree(edited.body()).path("version").asInt()).isEqualTo(2);
        JsonNode versions = json.readTree(http.get("/api/v1/rules/RAIN-EDIT/versions").body()).path("items");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("definition").path("thresholds").path("RED").asDouble()).isEqualTo(110);
        assertThat(versions.get(1).path("definition").path("thresholds").path("RED").asDouble()).isEqualTo(100);
        assertThat(versions.get(0).path("changedBy").asString()).isEqualTo("administrator.province");
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'rule' and entity_id = 'RAIN-EDIT' "
                + "order by id").query(String.class).list()).containsExactly("rule.create", "rule.update");
        assertThat(http.putJson("/api/v1/rules/RAIN-EDIT", RAINSTORM.formatted("RAIN-EDIT")
                .replace("\"RED\": 100", "\"RED\": 110")).status()).isEqualTo(409);
    }

    @Test
    void thresholdsInTheWrongOrderAreRefusedFieldByField() {
        Http http = signedIn("coordinator", "province");
        Http.Response refused = http.postJson("/api/v1/rules", """
                {"code": "WATER-LOW", "indicatorCode": "RESERVOIR", "domain": "RESOURCES", "nameEn": "Low water",
                 "nameZh": "水位偏低", "type": "THRESHOLD", "direction": "LOWER_IS_WORSE",
                 "thresholds": {"BLUE": 40, "YELLOW": 50, "RED": 10, "PURPLE": 1},
                 "overrides": [{"jurisdiction": "NOWHERE", "thresholds": {"BLUE": 1}}], "recoverAfter": 0}
                """);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(json.readTree(refused.body()))).containsExactly("thresholds.PURPLE");
        refused = http.postJson("/api/v1/rules", """
                {"code": "WATER-LOW", "indicatorCode": "RESERVOIR", "domain": "RESOURCES", "nameEn": "Low water",
                 "nameZh": "水位偏低", "type": "THRESHOLD", "direction": "LOWER_IS_WORSE",
                 "thresholds": {"BLUE": 40, "YELLOW": 50, "RED": 10},
                 "overrides": [{"jurisdiction": "NOWHERE", "thresholds": {"BLUE": 1}}], "recoverAfter": 0}
                """);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(json.readTree(refused.body()))).containsExactlyInAnyOrder("thresholds.YELLOW",
                "recoverAfter", "overrides[0].jurisdiction");
        assertThat(http.get("/api/v1/rules/WATER-LOW").status()).isEqualTo(404);
    }

    @Test
    void aRuleNamedInChineseOnlyIsListedUnderThatNameOnEnglishPages() {
        Http http = signedIn("coordinator", "province");
        String chineseOnly = RAINSTORM.formatted("RAIN-ZH").replace("\"nameEn\": \"Rainstorm signal\",", "")
                .replace("暴雨预警信号", "城区暴雨信号");
        Http.Response created = http.postJson("/api/v1/rules", chineseOnly);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode rule = json.readTree(http.get("/api/v1/rules/RAIN-ZH").body());
        assertThat(rule.path("nameEn").isNull()).isTrue();
        assertThat(rule.path("nameZh").asString()).isEqualTo("城区暴雨信号");
        assertThat(http.get("/rules").body()).contains("lang=\"zh\">城区暴雨信号<");

        String unnamed = RAINSTORM.formatted("RAIN-NONE").replace("\"nameEn\": \"Rainstorm signal\",", "")
                .replace("\"nameZh\": \"暴雨预警信号\",", "");
        Http.Response refused = http.postJson("/api/v1/rules", unnamed);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("nameEn");
        assertThat(problem.path("errors").get(0).path("code").asString()).isEqualTo("name.required");
    }

    @Test
    void onlyAdministratorsAndCoordinatorsOfTheWholeTreeEditRules() {
        assertThat(signedIn("viewer", "province").postJson("/api/v1/rules", RAINSTORM.formatted("RAIN-V")).status())
                .isEqualTo(403);
        assertThat(signedIn("coordinator", "city").postJson("/api/v1/rules", RAINSTORM.formatted("RAIN-C")).status())
                .isEqualTo(403);
        assertThat(signedIn("analyst", "province").postJson("/api/v1/rules", RAINSTORM.formatted("RAIN-A")).status())
                .isEqualTo(403);
        // an administrator scoped to one city reads the rules, which fire in every city, but does not change them
        Http cityAdmin = signedIn("administrator", "city");
        assertThat(cityAdmin.postJson("/api/v1/rules", RAINSTORM.formatted("RAIN-AC")).status()).isEqualTo(403);
        assertThat(cityAdmin.get("/api/v1/rules").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from rule where code in ('RAIN-V', 'RAIN-C', 'RAIN-A', 'RAIN-AC')").query(Long.class).single())
                .as("nothing written").isZero();
        Http provinceAdmin = signedIn("administrator", "province");
        assertThat(provinceAdmin.postJson("/api/v1/rules", RAINSTORM.formatted("RAIN-AP")).status()).isEqualTo(201);
        assertThat(signedIn("viewer", "province").get("/api/v1/rules").status()).isEqualTo(200);
    }
}
