package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.support.Sessions.signedIn;
import static org.rampart.support.Sessions.uniqueCode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class IndicatorIntegrationTests {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String body(String code, String name, String domain, String period, String aggregation, String unit) {
        return """
                {"code":"%s","nameEn":"%s","nameZh":"测试指标","domain":"%s","unitOfMeasure":"cases","periodType":"%s",
                 "aggregation":"%s","responsibleUnitCode":%s,"description":"d","source":"s"}"""
                .formatted(code, name, domain, period, aggregation, unit == null ? "null" : "\"" + unit + "\"");
    }

    @Test
    void aCoordinatorDefinesAndChangesAnIndicatorThroughTheApiAndTheChangeIsAudited() {
        Http coordinator = signedIn(port, "coordinator", "province");
        String code = uniqueCode("DISP");
        Http.Response created = coordinator.postJson("/api/v1/indicators",
                body(code, "Dispute cases", "DISPUTES", "DAILY", "SUM", "DP-OFFICE"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/indicators/" + code);
        JsonNode read = json.readTree(coordinator.get("/api/v1/indicators/" + code).body());
        assertThat(read.path("nameZh").asString()).isEqualTo("测试指标");
        assertThat(read.path("responsibleUnitCode").asString()).isEqualTo("DP-OFFICE");
        assertThat(read.path("active").asBoolean()).isTrue();

        Http.Response updated = coordinator.putJson("/api/v1/indicators/" + code,
                body(code, "Dispute cases (new)", "DISPUTES", "DAILY", "MAX", null));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).path("aggregation").asString()).isEqualTo("MAX");

        JsonNode page = json.readTree(coordinator.get("/api/v1/indicators?domain=DISPUTES&size=500").body());
        assertThat(page.path("items").toString()).contains(code);
        assertThat(json.readTree(coordinator.get("/api/v1/indicators?domain=FOOD&size=500").body()).path("items").toString())
                .doesNotContain(code);
        assertThat(coordinator.get("/api/v1/indicators?domain=WEATHER").status()).isEqualTo(400);

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=indicator&entityId=" + code).body());
        assertThat(audit.path("items").size()).isEqualTo(2);
        JsonNode update = audit.path("items").get(0);
        assertThat(update.path("action").asString()).isEqualTo("update");
        assertThat(update.path("before").asString()).contains("\"SUM\"").contains("Dispute cases\"");
        assertThat(update.path("after").asString()).contains("\"MAX\"").contains("Dispute cases (new)");
    }

    @Test
    void badDefinitionsAreRefusedWithEveryProblemAndOthersMayNotDefine() {
        Http admin = signedIn(port, "administrator", "province");
        Http.Response bad = admin.postJson("/api/v1/indicators", """
                {"code":"bad code","nameEn":"","nameZh":" ","domain":"WEATHER","unitOfMeasure":"mm","periodType":"MINUTELY",
                 "aggregation":"MEDIAN","responsibleUnitCode":"NO-SUCH-UNIT"}""");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode errors = json.readTree(bad.body()).path("errors");
        assertThat(errors.findValuesAsString("field"))
                .containsExactlyInAnyOrder("code", "nameEn", "domain", "periodType", "aggregation", "responsibleUnitCode");
        assertThat(errors.findValuesAsString("code")).containsExactlyInAnyOrder("indicator.code.invalid", "name.required",
                "domain.unknown", "value.one-of", "value.one-of", "unit.unknown");
        String code = uniqueCode("DUP");
        assertThat(admin.postJson("/api/v1/indicators", body(code, "A", "FOOD", "MONTHLY", "MEAN", null)).status()).isEqualTo(201);
        assertThat(admin.postJson("/api/v1/indicators", body(code, "A", "FOOD", "MONTHLY", "MEAN", null)).status()).isEqualTo(400);

        Http officer = signedIn(port, "officer", "province");
        assertThat(officer.postJson("/api/v1/indicators", body(uniqueCode("NO"), "A", "FOOD", "MONTHLY", "MEAN", null))
                .status()).isEqualTo(403);
        Http cityCoordinator = signedIn(port, "coordinator", "city");
        Http.Response outside = cityCoordinator.postJson("/api/v1/indicators",
                body(uniqueCode("UNIT"), "A", "FOOD", "MONTHLY", "MEAN", "DP-02-OFFICE"));
        assertThat(outside.status()).isEqualTo(400);
        JsonNode unit = json.readTree(outside.body()).path("errors").get(0);
        assertThat(unit.path("code").asString()).isEqualTo("unit.unknown");
        assertThat(unit.path("reason").asString()).isEqualTo("unknown unit 'DP-02-OFFICE'");
        assertThat(admin.get("/api/v1/indicators/NO-SUCH-INDICATOR").status()).isEqualTo(404);
    }

    @Test
    void anAdministratorDefinesAnIndicatorInTheFormsAndThePagesEscapeItsTexts() {
        Http admin = signedIn(port, "administrator", "province");
        String code = uniqueCode("PAGE");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("nameEn", "<script>alert(1)</script> grain");
        form.put("nameZh", "粮食储备天数");
        form.put("domain", "FOOD");
        form.put("unitOfMeasure", "days");
        form.put("periodType", "MONTHLY");
        form.put("aggregation", "POPULATION_WEIGHTED_MEAN");
        form.put("description", "<b>bold</b>");
        form.put("active", "true");
        Http.Response created = admin.postForm("/indicators/new", form);
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/indicators/" + code);

        Http.Response list = admin.get("/indicators?q=" + code);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(code).contains("&lt;script&gt;alert(1)&lt;/script&gt; grain")
                .doesNotContain("<script>alert(1)").contains("Indicators");
        Http.Response detail = admin.get("/indicators/" + code + "?jurisdiction=DP-01");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold</b>")
                .contains("Reporting completeness").contains("data-series=\"/api/v1/indicators/" + code + "/series?jurisdiction=DP-01\"")
                .contains("Population-weighted mean");
        admin.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        assertThat(admin.get("/indicators/" + code).body()).contains("报送完整性").contains("人口加权平均值");
        admin.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));

        form.put("nameEn", "Grain reserve");
        form.put("aggregation", "NOPE");
        Http.Response refused = admin.postForm("/indicators/" + code + "/edit", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Roll-up: must be one of SUM, MEAN, POPULATION_WEIGHTED_MEAN")
                .contains("not &#39;NOPE&#39;");
        form.put("aggregation", "MEAN");
        assertThat(admin.postForm("/indicators/" + code + "/edit", form).status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/indicators/" + code).body()).contains("\"nameEn\":\"Grain reserve\"");

        assertThat(admin.get("/indicators/new").status()).isEqualTo(200);
        assertThat(admin.get("/observations/upload").body()).contains("Upload observations").contains("data-upload-form");
        assertThat(admin.get("/indicators/" + code + "/grid?parent=DP-01").body()).contains("Enter values");
        assertThat(admin.get("/").body()).contains("href=\"/indicators\"");
        Http viewer = signedIn(port, "viewer", "city");
        assertThat(viewer.get("/indicators/new").status()).isEqualTo(403);
        assertThat(viewer.get("/indicators/" + code + "?jurisdiction=DP-02").status()).isEqualTo(404);
        assertThat(viewer.get("/indicators/" + code).status()).isEqualTo(200);
    }

    @Test
    void anIndicatorNamedInChineseOnlyIsListedAndShownWithItsChineseNameOnEnglishPages() {
        Http admin = signedIn(port, "administrator", "province");
        String code = uniqueCode("ZH");
        Http.Response created = admin.postJson("/api/v1/indicators", """
                {"code":"%s","nameZh":"森林火险等级","domain":"DISASTER","unitOfMeasure":"level","periodType":"DAILY",
                 "aggregation":"MAX"}""".formatted(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = json.readTree(created.body());
        assertThat(view.path("nameEn").isNull()).isTrue();
        assertThat(view.path("name").asString()).isEqualTo("森林火险等级");
        assertThat(view.path("lang").asString()).isEqualTo("zh");

        assertThat(admin.get("/indicators?q=" + code).body()).contains("<td lang=\"zh\">森林火险等级</td>");
        assertThat(admin.get("/indicators/" + code).body()).contains("<h1 class=\"h3 mb-1\" lang=\"zh\">森林火险等级</h1>")
                .contains("<title>森林火险等级");
        assertThat(admin.get("/indicators/" + code + "/grid?parent=DP-01").body()).contains("森林火险等级");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("nameEn", "Forest fire danger");
        form.put("nameZh", "");
        form.put("domain", "DISASTER");
        form.put("unitOfMeasure", "level");
        form.put("periodType", "DAILY");
        form.put("aggregation", "MAX");
        form.put("active", "true");
        assertThat(admin.postForm("/indicators/" + code + "/edit", form).status()).isEqualTo(302);
        admin.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        assertThat(admin.get("/indicators?q=" + code).body()).contains("<td lang=\"en\">Forest fire danger</td>");
        form.put("nameEn", " ");
        Http.Response unnamed = admin.postForm("/indicators/" + code + "/edit", form);
        admin.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        assertThat(unnamed.status()).isEqualTo(200);
        assertThat(unnamed.body()).contains("名称（英文）：需要英文或中文名称（至少填写一个）");
    }

    @Test
    void demoProvinceHasIndicatorsWithRecentValuesForTheFirstCitysCounties() {
        Http viewer = signedIn(port, "viewer", "city");
        JsonNode list = json.readTree(viewer.get("/api/v1/indicators?q=RAIN_1H").body());
        assertThat(list.path("items").get(0).path("periodType").asString()).isEqualTo("HOURLY");
        JsonNode series = json.readTree(viewer.get("/api/v1/indicators/GRAIN_RESERVE_DAYS/series?jurisdiction=DP-01").body());
        assertThat(series.path("points").size()).isEqualTo(12);
        assertThat(series.path("points").get(0).path("rolledUp").asBoolean()).isTrue();
        JsonNode latest = json.readTree(viewer.get("/api/v1/indicators/DISPUTE_CASES/latest?parent=DP-01").body());
        assertThat(latest.size()).isGreaterThan(2);
        assertThat(viewer.get("/indicators/RAIN_1H?jurisdiction=DP-01").body()).contains("Hourly rainfall");
    }
}
