package org.rampart.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
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
class TaxonomyIntegrationTests {

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

    private static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    }

    private static String indicator(String code, String domain) {
        return """
                {"code":"%s","nameEn":"Reservoir level","nameZh":"水库水位","domain":"%s","unitOfMeasure":"m",
                 "periodType":"DAILY","aggregation":"MAX"}""".formatted(code, domain);
    }

    private static String rule(String code, String indicator, String domain) {
        return """
                {"code":"%s","indicatorCode":"%s","domain":"%s","nameEn":"Reservoir high","nameZh":"水库高水位",
                 "type":"THRESHOLD","direction":"HIGHER_IS_WORSE","thresholds":{"BLUE":10,"YELLOW":20,"ORANGE":30,"RED":40},
                 "recoverAfter":1}""".formatted(code, indicator, domain);
    }

    private static String routing(String name, String domain) {
        return """
                {"name":"%s","domain":"%s","minLevel":"BLUE","jurisdiction":"%s","changes":["RAISED"],
                 "coordinators":true,"channels":["IN_APP"]}""".formatted(name, domain, Demo.CITY);
    }

    @Test
    void aSubDomainAnAdministratorAddsLabelsAnIndicatorARuleAndARoutingRuleAtOnce() throws Exception {
        Http admin = signedIn("administrator", "province");
        String sub = unique("RESERVOIR");
        Http.Response added = admin.postJson("/api/v1/domains", """
                {"code":"%s","parentCode":"DISASTER","nameEn":"Reservoir safety","nameZh":"水库安全","position":61}"""
                .formatted(sub));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(json.readTree(added.body()).path("parentCode").asString()).isEqualTo("DISASTER");

        String ind = sub + "-I";
        Http.Response i = admin.postJson("/api/v1/indicators", indicator(ind, sub));
        assertThat(i.status()).as(i.body()).isEqualTo(201);
        assertThat(json.readTree(i.body()).path("domain").asString()).isEqualTo(sub);
        Http.Response r = admin.postJson("/api/v1/rules", rule(sub + "-R", ind, sub));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(json.readTree(r.body()).path("domain").asString()).isEqualTo(sub);
        Http.Response n = admin.postJson("/api/v1/notification-rules", routing(sub + " to the city", sub));
        assertThat(n.status()).as(n.body()).isEqualTo(201);
        long routingRule = json.readTree(n.body()).path("id").asLong();
        assertThat(json.readTree(n.body()).path("domain").asString()).isEqualTo(sub);

        // The rule fires in the sub-domain; the warning is found under the parent's filter and routed by the rule.
        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();
        Http.Response stored = admin.postJson("/api/v1/observations", """
                {"observations":[{"indicator":"%s","jurisdiction":"%s","time":"%s","value":45}]}"""
                .formatted(ind, Demo.COUNTY, today));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        JsonNode warnings = json.readTree(admin.get("/api/v1/warnings?domain=DISASTER&size=200").body());
        JsonNode warning = null;
        for (JsonNode w : warnings.path("items")) {
            if (w.path("ruleCode").asString().equals(sub + "-R")) {
                warning = w;
            }
        }
        assertThat(warning).as("the sub-domain's warning under its parent").isNotNull();
        assertThat(warning.path("domain").asString()).isEqualTo(sub);
        assertThat(admin.get("/api/v1/warnings?domain=" + sub + "&size=200").body()).contains(sub + "-R");
        assertThat(admin.get("/api/v1/warnings?domain=FOOD&size=200").body()).doesNotContain(sub + "-R");
        long warningId = warning.path("id").asLong();
        boolean routed = false;
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!routed && Instant.now().isBefore(until)) {
            for (JsonNode d : json.readTree(admin.get("/api/v1/deliveries?warningId=" + warningId).body()).path("items")) {
                routed |= d.path("ruleId").asLong() == routingRule;
            }
            if (!routed) {
                Thread.sleep(200);
            }
        }
        assertThat(routed).as("a delivery of the routing rule on the sub-domain").isTrue();

        Http.Response unknown = admin.get("/api/v1/warnings?domain=NOPE_" + sub);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"code\":\"domain.unknown\"").contains("\"field\":\"domain\"");
        assertThat(admin.get("/api/v1/indicators?domain=NOPE_" + sub).status()).isEqualTo(400);
    }

    @Test
    void aDeactivatedDomainKeepsItsRecordsAndIsRefusedForNewOnes() {
        Http admin = signedIn("administrator", "province");
        String sub = unique("LEVEE");
        assertThat(admin.postJson("/api/v1/domains", """
                {"code":"%s","parentCode":"DISASTER","nameEn":"Levees","nameZh":"堤防"}""".formatted(sub)).status())
                .isEqualTo(201);
        String ind = sub + "-I";
        assertThat(admin.postJson("/api/v1/indicators", indicator(ind, sub)).status()).isEqualTo(201);
        assertThat(admin.get("/indicators/new").body()).contains("value=\"" + sub + "\"");

        Http.Response off = admin.putJson("/api/v1/domains/" + sub, "{\"active\":false}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(json.readTree(off.body()).path("active").asBoolean()).isFalse();

        for (Http.Response refused : new Http.Response[] {
                admin.postJson("/api/v1/indicators", indicator(sub + "-J", sub)),
                admin.postJson("/api/v1/rules", rule(sub + "-R", ind, sub)),
                admin.postJson("/api/v1/notification-rules", routing(sub + " routing", sub))}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("\"code\":\"domain.inactive\"");
        }
        // The existing indicator keeps its domain, shown by name, and can still be changed without losing it.
        assertThat(json.readTree(admin.get("/api/v1/indicators/" + ind).body()).path("domain").asString()).isEqualTo(sub);
        Http.Response kept = admin.putJson("/api/v1/indicators/" + ind, indicator(ind, sub).replace("Reservoir level",
                "Levee gauge"));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(admin.get("/indicators/" + ind).body()).contains("Levees");
        assertThat(admin.get("/indicators?domain=" + sub).body()).contains(ind);
        assertThat(admin.get("/indicators/new").body()).doesNotContain("value=\"" + sub + "\"");
        assertThat(admin.get("/rules/new").body()).doesNotContain("value=\"" + sub + "\"");
        assertThat(admin.get("/api/v1/domains").body()).contains(sub);
    }

    @Test
    void onlyAnAdministratorOfTheWholeTreeChangesTheTaxonomy() {
        Http city = signedIn("administrator", "city");
        assertThat(city.postJson("/api/v1/domains", """
                {"code":"%s","nameEn":"City's own","nameZh":"市自定"}""".formatted(unique("CITY"))).status())
                .isEqualTo(403);
        assertThat(city.putJson("/api/v1/domains/FOOD", "{\"nameEn\":\"Renamed by a city\"}").status()).isEqualTo(403);
        assertThat(city.putJson("/api/v1/risk-domains/FOOD", "{\"active\":false}").status()).isEqualTo(403);
        assertThat(city.get("/api/v1/domains").status()).isEqualTo(200);
        String page = city.get("/risks/domains").body();
        assertThat(page).doesNotContain("id=\"add-domain\"").contains("id=\"read-only\"")
                .contains("only an administrator whose scope is the whole tree changes it");
        Http cityZh = new Http(port).language("zh-CN");
        assertThat(cityZh.login(Demo.user("administrator", "city"), Demo.PASSWORD).location()).doesNotContain("error");
        cityZh.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/"));
        try {
            assertThat(cityZh.get("/risks/domains").body()).doesNotContain("id=\"add-domain\"")
                    .contains("只有管辖范围为全辖区的管理员可以修改").contains("粮食安全");
        } finally {
            cityZh.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/"));
        }
        Http.Response posted = city.postForm("/risks/domains", java.util.Map.of("code", unique("FORM"), "nameEn", "x",
                "nameZh", "x"));
        assertThat(posted.status()).isEqualTo(403);

        Http province = signedIn("administrator", "province");
        assertThat(province.get("/risks/domains").body()).contains("id=\"add-domain\"").doesNotContain("id=\"read-only\"");
        Http.Response renamed = province.putJson("/api/v1/domains/FOOD", "{\"nameEn\":\"Food security\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        String sub = unique("GRAIN");
        assertThat(province.postJson("/api/v1/domains", """
                {"code":"%s","parentCode":"ECONOMIC","nameZh":"粮仓"}""".formatted(sub)).status())
                .as("one name is enough").isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'risk-domain' and entity_id = :id")
                .param("id", sub).query(Long.class).single()).as("audited").isEqualTo(1);
    }
}
