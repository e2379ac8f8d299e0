package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.rampart.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared set-up of the browser tests about warnings: a rule of its own and observations that make it fire. */
final class WarningBrowserFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WarningBrowserFixtures() {
    }

    /** Create an indicator and a threshold rule on it; returns the rule code (the indicator is the same + "-I"). */
    static String rule(Http admin, String prefix) {
        String rule = prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var created = admin.postJson("/api/v1/indicators", """
                {"code":"%s-I","nameEn":"Browser river level","nameZh":"浏览器测试河流水位","domain":"DISASTER",
                 "unitOfMeasure":"cm","periodType":"DAILY","aggregation":"MAX","responsibleUnitCode":null}"""
                .formatted(rule));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var ruled = admin.postJson("/api/v1/rules", """
                {"code":"%s","indicatorCode":"%s-I","domain":"DISASTER","nameEn":"River level","nameZh":"河流水位",
                 "type":"THRESHOLD","direction":"HIGHER_IS_WORSE","thresholds":{"BLUE":10,"YELLOW":20,"ORANGE":30,"RED":40},
                 "recoverAfter":1}""".formatted(rule, rule));
        assertThat(ruled.status()).as(ruled.body()).isEqualTo(201);
        return rule;
    }

    /** Post an observation through the API; returns the id of the rule's warning in that jurisdiction. */
    static long observe(Http admin, String rule, String jurisdiction, double value) {
        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();
        var stored = admin.postJson("/api/v1/observations", """
                {"observations":[{"indicator":"%s-I","jurisdiction":"%s","time":"%s","value":%s}]}"""
                .formatted(rule, jurisdiction, today, value));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        JsonNode list = JSON.readTree(admin.get("/api/v1/warnings?jurisdiction=" + jurisdiction + "&size=200").body());
        for (JsonNode w : list.get("items")) {
            if (w.get("ruleCode").asString().equals(rule)) {
                return w.get("id").asLong();
            }
        }
        throw new AssertionError("no warning of " + rule + " in " + jurisdiction);
    }
}
