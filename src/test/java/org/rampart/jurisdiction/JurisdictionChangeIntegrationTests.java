package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
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
class JurisdictionChangeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private Http admin(String place) {
        Http http = new Http(port);
        http.login(Demo.user("administrator", place), Demo.PASSWORD);
        return http;
    }

    private static String code() {
        return "JC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[113,28],[113.1,28],[113.1,28.1],[113,28.1],[113,28]]]}";
    private static final String BOWTIE = "{\"type\":\"Polygon\",\"coordinates\":[[[113,28],[113.1,28.1],[113.1,28],[113,28.1],[113,28]]]}";

    @Test
    void createUpdateMoveAndDeactivateAreAuditedWithBeforeAndAfter() {
        Http http = admin("province");
        String code = code();
        var created = http.postJson("/api/v1/jurisdictions", """
                {"code":"%s","parentCode":"DP-01-01-01","nameEn":"Test Community","nameZh":"测试社区","population":1200,"boundary":%s}
                """.formatted(code, SQUARE));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.path("level").asInt()).isEqualTo(5);
        assertThat(body.path("hasBoundary").asBoolean()).isTrue();

        var updated = http.putJson("/api/v1/jurisdictions/" + code, """
                {"nameEn":"Renamed Community","nameZh":"改名社区","population":1300}""");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).path("hasBoundary").asBoolean()).as("boundary kept").isTrue();

        var moved = http.postJson("/api/v1/jurisdictions/" + code + "/move", "{\"parentCode\":\"DP-01-01-02\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(json.readTree(moved.body()).path("parentCode").asString()).isEqualTo("DP-01-01-02");

        var deactivated = http.postJson("/api/v1/jurisdictions/" + code + "/deactivate", "{}");
        assertThat(json.readTree(deactivated.body()).path("active").asBoolean()).isFalse();

        var actions = jdbc.sql("select action, actor, before_state, after_state, request_id from audit_entry where entity_id = :c order by id")
                .param("c", code).query((rs, n) -> Map.of("action", rs.getString(1), "actor", rs.getString(2),
                        "before", String.valueOf(rs.getString(3)), "after", String.valueOf(rs.getString(4)),
                        "request", String.valueOf(rs.getString(5)))).list();
        assertThat(actions).extracting(m -> m.get("action")).containsExactly("create", "update", "move", "deactivate");
        assertThat(actions).allSatisfy(m -> assertThat(m.get("actor")).isEqualTo("administrator.province"));
        assertThat(actions.get(1).get("before")).contains("Test Community");
        assertThat(actions.get(1).get("after")).contains("Renamed Community");
        assertThat(actions.get(0).get("request")).isNotEqualTo("null");
    }

    @Test
    void movingUnderItsOwnDescendantIsACycle() {
        Http http = admin("province");
        var answer = http.postJson("/api/v1/jurisdictions/DP-01-01/move", "{\"parentCode\":\"DP-01-01-01\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).path("errors").get(0).path("reason").asString()).contains("cycle");
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        Http http = admin("province");
        String code = code();
        var answer = http.postJson("/api/v1/jurisdictions", """
                {"code":"%s","parentCode":"DP-01","nameEn":"%s","nameZh":"甲\\u0001乙","population":-5,"boundary":%s}
                """.formatted(code, "x".repeat(201), BOWTIE));
        assertThat(answer.status()).isEqualTo(400);
        JsonNode errors = json.readTree(answer.body()).path("errors");
        assertThat(errors.findValuesAsString("field")).contains("nameEn", "nameZh", "population", "boundary");
        assertThat(answer.body()).contains("self-intersection");
        assertThat(http.get("/api/v1/jurisdictions/" + code).status()).isEqualTo(404);

        // a name in one language is enough, none is not
        var unnamed = http.postJson("/api/v1/jurisdictions", """
                {"code":"%s","parentCode":"DP-01","nameEn":" ","nameZh":""}""".formatted(code()));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(json.readTree(unnamed.body()).path("errors").get(0).path("code").asString()).isEqualTo("name.required");
        String chineseOnly = code();
        var named = http.postJson("/api/v1/jurisdictions", """
                {"code":"%s","parentCode":"DP-01","nameZh":"只有中文名"}""".formatted(chineseOnly));
        assertThat(named.status()).isEqualTo(201);
        assertThat(http.get("/jurisdictions/" + chineseOnly).body()).contains("lang=\"zh\">只有中文名<");

        var duplicate = http.postJson("/api/v1/jurisdictions", """
                {"code":"DP-01","parentCode":"DP","nameEn":"Again","nameZh":"再次"}""");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("duplicate code");

        var wrongLevel = http.postJson("/api/v1/jurisdictions", """
                {"code":"%s","parentCode":"DP-01","level":4,"nameEn":"L","nameZh":"L"}""".formatted(code()));
        assertThat(wrongLevel.status()).isEqualTo(400);
        assertThat(json.readTree(wrongLevel.body()).path("errors").get(0).path("field").asString()).isEqualTo("level");

        var unknownParent = http.postJson("/api/v1/jurisdictions", """
                {"code":"%s","parentCode":"NOPE","nameEn":"L","nameZh":"L"}""".formatted(code()));
        assertThat(unknownParent.body()).contains("unknown parent");
    }

    @Test
    void scriptInNamesIsRenderedEscaped() {
        Http http = admin("province");
        String code = code();
        http.postJson("/api/v1/jurisdictions", """
                {"code":"%s","parentCode":"DP-01-01-01","nameEn":"<script>alert(1)</script>","nameZh":"<img src=x onerror=alert(2)>"}
                """.formatted(code));
        String page = http.get("/jurisdictions/" + code).body();
        assertThat(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String parent = http.get("/jurisdictions/DP-01-01-01").body();
        assertThat(parent).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void aCityAdministratorChangesOnlyTheirOwnCity() {
        Http http = admin("city");
        var sibling = http.putJson("/api/v1/jurisdictions/" + Demo.SIBLING_CITY, "{\"nameEn\":\"Hacked\",\"nameZh\":\"x\"}");
        assertThat(sibling.status()).isEqualTo(404);
        var root = http.postJson("/api/v1/jurisdictions", "{\"code\":\"" + code() + "\",\"nameEn\":\"Root\",\"nameZh\":\"根\"}");
        assertThat(root.status()).isEqualTo(400);
        var own = http.postJson("/api/v1/jurisdictions", "{\"code\":\"" + code() + "\",\"parentCode\":\"DP-01-01-01\",\"nameEn\":\"Mine\",\"nameZh\":\"我的\"}");
        assertThat(own.status()).isEqualTo(201);
        var ownRoot = http.postJson("/api/v1/jurisdictions/" + Demo.CITY + "/deactivate", "{}");
        assertThat(ownRoot.status()).isEqualTo(403);
        assertThat(jdbc.sql("select name_en from jurisdiction where code = 'DP-02'").query(String.class).single())
                .isNotEqualTo("Hacked");
    }

    @Test
    void nonAdministratorsCannotChangeTheTree() {
        Http http = new Http(port);
        http.login(Demo.user("coordinator", "province"), Demo.PASSWORD);
        var answer = http.postJson("/api/v1/jurisdictions", "{\"code\":\"" + code() + "\",\"parentCode\":\"DP-01\",\"nameEn\":\"X\",\"nameZh\":\"X\"}");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(http.get("/jurisdictions/new?parent=DP-01").status()).isIn(200, 403);
    }

    @Test
    void administratorsAddAndDeactivateUnitsAndRenameLevels() {
        Http http = admin("province");
        String unit = code();
        var created = http.postJson("/api/v1/units", """
                {"code":"%s","jurisdictionCode":"DP-01-01","kind":"water","nameEn":"Flood Office","nameZh":"防汛办"}""".formatted(unit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(http.get("/jurisdictions/DP-01-01").body()).contains("Flood Office");
        var deactivated = http.putJson("/api/v1/units/" + unit, "{\"kind\":\"water\",\"nameEn\":\"Flood Office\",\"nameZh\":\"防汛办\",\"active\":false}");
        assertThat(json.readTree(deactivated.body()).path("active").asBoolean()).isFalse();
        assertThat(http.get("/jurisdictions/DP-01-01").body()).doesNotContain("Flood Office");

        var level = http.putJson("/api/v1/levels/6", "{\"nameEn\":\"Grid cell\",\"nameZh\":\"网格\",\"drawn\":false}");
        assertThat(level.status()).as(level.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/levels").body()).contains("Grid cell");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'jurisdiction-level'").query(Long.class).single())
                .isPositive();

        Http city = admin("city");
        assertThat(city.putJson("/api/v1/levels/6", "{\"nameEn\":\"X\",\"nameZh\":\"X\",\"drawn\":false}").status()).isEqualTo(403);
        assertThat(city.postJson("/api/v1/units", """
                {"code":"%s","jurisdictionCode":"DP-02","kind":"x","nameEn":"X","nameZh":"X"}""".formatted(code())).status())
                .isEqualTo(400);
        assertThat(city.get("/api/v1/units/DP-02-EM").status()).isEqualTo(404);
    }

    @Test
    void codesThatClashWithPagesAreRefused() {
        var answer = admin("province").postJson("/api/v1/jurisdictions", "{\"code\":\"export\",\"parentCode\":\"DP-01\",\"nameEn\":\"X\",\"nameZh\":\"X\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("reserved");
    }

    @Test
    void formProblemsAreShownInTheReadersLanguage() {
        Http http = admin("county");
        http.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        try {
            var page = http.postForm("/jurisdictions/new", Map.of("code", "DP-01", "parentCode", "DP-01-01-01",
                    "nameEn", "Again", "nameZh", "再次", "population", ""));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("代码：代码“DP-01”重复");
        } finally {
            http.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        }
        var english = admin("province").postForm("/jurisdictions/new", Map.of("code", "DP-01", "parentCode", "DP",
                "nameEn", "Again", "nameZh", "再次", "population", ""));
        assertThat(english.body()).contains("Code: duplicate code &#39;DP-01&#39;");
    }
}
