package org.rampart.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The draft page names a refused field and its reason in the reader's language. */
@IntegrationTest
class CapDraftPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aRefusedDraftIsExplainedInChinese() {
        String rule = "CAPZH-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Http admin = new Http(port);
        admin.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        assertThat(admin.postJson("/api/v1/indicators", """
                {"code":"%s-I","nameEn":"Gauge","nameZh":"水位计","domain":"DISASTER","unitOfMeasure":"cm",
                 "periodType":"DAILY","aggregation":"MAX","responsibleUnitCode":null}""".formatted(rule)).status())
                .isEqualTo(201);
        assertThat(admin.postJson("/api/v1/rules", """
                {"code":"%s","indicatorCode":"%s-I","domain":"DISASTER","nameEn":"Gauge","nameZh":"水位计",
                 "type":"THRESHOLD","direction":"HIGHER_IS_WORSE","thresholds":{"RED":40},"recoverAfter":1}"""
                .formatted(rule, rule)).status()).isEqualTo(201);
        assertThat(admin.postJson("/api/v1/observations", """
                {"observations":[{"indicator":"%s-I","jurisdiction":"%s","time":"%s","value":50}]}"""
                .formatted(rule, Demo.COUNTY, Instant.now().truncatedTo(ChronoUnit.DAYS))).status()).isEqualTo(200);
        JsonNode list = JsonMapper.builder().build().readTree(admin.get("/api/v1/warnings?jurisdiction=" + Demo.COUNTY
                + "&size=200").body());
        long warning = -1;
        for (JsonNode w : list.get("items")) {
            if (w.get("ruleCode").asString().equals(rule)) {
                warning = w.get("id").asLong();
            }
        }

        Http city = new Http(port).language("zh-CN");
        city.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        city.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        try {
            String page = city.postForm("/warnings/" + warning + "/cap-draft", Map.of()).location()
                    .replaceAll("^https?://[^/]+", "");
            Map<String, String> form = new HashMap<>(Map.ofEntries(Map.entry("eventEn", "Flood"),
                    Map.entry("eventZh", "洪水"), Map.entry("category", "Met"), Map.entry("urgency", "Expected"),
                    Map.entry("severity", "Severe"), Map.entry("certainty", "Likely"),
                    Map.entry("expires", "2030-01-01T00:00"), Map.entry("headlineEn", "Flood"),
                    Map.entry("descriptionEn", "High water."), Map.entry("headlineZh", " "),
                    Map.entry("descriptionZh", "高水位。"), Map.entry("areaDesc", "County")));
            assertThat(city.postForm(page, form).status()).isEqualTo(302);
            String body = city.get(page).body();
            assertThat(body).contains("标题（中文）").contains("为必填项").doesNotContain("headlineZh: is required");
        } finally {
            city.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        }
    }
}
