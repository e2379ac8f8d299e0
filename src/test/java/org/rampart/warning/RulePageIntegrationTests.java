package org.rampart.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RulePageIntegrationTests {

    @LocalServerPort
    int port;

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    private static Map<String, String> form(String code) {
        Map<String, String> form = new HashMap<>();
        form.put("code", code);
        form.put("indicatorCode", "RESERVOIR-LEVEL");
        form.put("domain", "RESOURCES");
        form.put("nameEn", "Reservoir low");
        form.put("nameZh", "水库水位偏低");
        form.put("type", "THRESHOLD");
        form.put("direction", "LOWER_IS_WORSE");
        form.put("thresholdBLUE", "40");
        form.put("thresholdYELLOW", "30");
        form.put("thresholdORANGE", "20");
        form.put("thresholdRED", "10");
        form.put("overrides", "DP-01 BLUE=35 RED=5");
        form.put("recoverAfter", "3");
        form.put("active", "true");
        return form;
    }

    @Test
    void aCoordinatorCreatesAndEditsARuleInTheForm() {
        Http http = signedIn("coordinator", "province");
        http.postForm("/account/language", Map.of("lang", "en", "redirect", "/rules"));
        assertThat(http.get("/rules/new").status()).isEqualTo(200);
        Http.Response created = http.postForm("/rules/new", form("RESERVOIR-LOW"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/rules/RESERVOIR-LOW");
        Http.Response page = http.get("/rules/RESERVOIR-LOW");
        assertThat(page.body()).contains("RESERVOIR-LEVEL").contains("DP-01 BLUE=35 RED=5");
        Map<String, String> edit = form("ignored");
        edit.put("thresholdRED", "12");
        assertThat(http.postForm("/rules/RESERVOIR-LOW", edit).status()).isEqualTo(302);
        assertThat(http.get("/rules").body()).contains("RESERVOIR-LOW");
        assertThat(http.get("/rules/RESERVOIR-LOW").body()).contains("12").contains("coordinator.province");
    }

    @Test
    void theFormShowsEachProblemAtItsInput() {
        Http http = signedIn("administrator", "province");
        http.postForm("/account/language", Map.of("lang", "en", "redirect", "/rules"));
        Map<String, String> bad = form("RESERVOIR-BAD");
        bad.put("thresholdYELLOW", "50");
        bad.put("overrides", "NOWHERE RED=1");
        bad.put("recoverAfter", "0");
        Http.Response answer = http.postForm("/rules/new", bad);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("is-invalid").contains("must be less than the BLUE threshold 40.0")
                .contains("unknown jurisdiction &#39;NOWHERE&#39;").contains("must be between 1 and 1000");
        http.postForm("/account/language", Map.of("lang", "zh", "redirect", "/rules"));
        assertThat(http.postForm("/rules/new", bad).body()).contains("必须小于BLUE阈值 40.0")
                .contains("未知的辖区“NOWHERE”");
        http.postForm("/account/language", Map.of("lang", "en", "redirect", "/rules"));
        bad.put("thresholdRED", "ten");
        assertThat(http.postForm("/rules/new", bad).body()).contains("must be a number");
        assertThat(http.get("/rules/RESERVOIR-BAD").status()).isEqualTo(404);
    }

    @Test
    void viewersReadRulesButCannotOpenTheForm() {
        Http http = signedIn("viewer", "city");
        assertThat(http.get("/rules").status()).isEqualTo(200);
        assertThat(http.get("/rules/new").status()).isEqualTo(403);
        http.postForm("/account/language", Map.of("lang", "zh", "redirect", "/rules"));
        assertThat(http.get("/rules").body()).contains("预警规则");
        http.postForm("/account/language", Map.of("lang", "en", "redirect", "/rules"));
    }

    @Test
    void aCityAdministratorReadsTheRulesOfTheWholeTreeWithoutAForm() {
        Http http = signedIn("administrator", "city");
        Http.Response list = http.get("/rules");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("href=\"/rules/new\"");
        assertThat(http.get("/rules/new").status()).isEqualTo(403);
    }
}
