package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import org.rampart.support.Sessions;

/** The administrators' page for the grading rule sets: view, refused edits with their problems, a saved edit. */
@IntegrationTest
class IncidentGradingRulesPageIntegrationTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.MessageSource messages;

    @org.springframework.beans.factory.annotation.Autowired
    org.rampart.shared.ProblemTexts problemTexts;

    @Test
    void administratorsSeeAndEditTheRuleSetsWithProblemsPerFieldInBothLanguages() {
        Http reporter = Sessions.signedIn(port, "reporter", "county");
        assertThat(reporter.get("/incidents/grading-rules").status()).isEqualTo(403);
        assertThat(reporter.postForm("/incidents/grading-rules/FIRE", Map.of("json", "{}")).status()).isEqualTo(403);

        Http admin = Sessions.signedIn(port, "administrator", "province");
        Http.Response page = admin.get("/incidents/grading-rules");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Grading rules", "Production-safety accident", "DEATHS", "rules-CYBER_DATA",
                "Save rules").doesNotContain("rules-read-only");
        assertThat(admin.get("/incidents").body()).contains("href=\"/incidents/grading-rules\"");

        String bad = "{\"criteria\":[{\"figure\":\"DEATHS\",\"atLeastI\":-1,\"atLeastII\":null,\"atLeastIII\":3}]}";
        Http.Response refused = admin.postForm("/incidents/grading-rules/PUBLIC_HEALTH", Map.of("json", bad));
        assertThat(refused.status()).isEqualTo(400);
        String body = HtmlUtils.htmlUnescape(refused.body());
        assertThat(body).contains("problems-PUBLIC_HEALTH", "Criterion 1: Grade I threshold: must be greater than 0", bad);
        assertThat(refused.body()).containsPattern(
                "<textarea[^>]*id=\"json-PUBLIC_HEALTH\"[^>]*aria-describedby=\"problems-PUBLIC_HEALTH\" aria-invalid=\"true\"")
                .doesNotContainPattern("<textarea[^>]*id=\"json-FIRE\"[^>]*aria-invalid");
        assertThat(admin.get("/api/v1/incident-grading-rules/PUBLIC_HEALTH").body()).doesNotContain("-1");

        Http.Response broken = admin.postForm("/incidents/grading-rules/PUBLIC_HEALTH", Map.of("json", "{\"criteria\":["));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("Rule set: is not a valid rule set");

        // The Chinese texts of the same problem (the page shows them to readers in Chinese).
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        assertThat(messages.getMessage("incident.rules.criterion", new Object[] {1}, zh) + " "
                + messages.getMessage("incident.rules.field.atLeastI", null, zh) + "："
                + problemTexts.text("incident.rules.not-positive", new Object[0], zh)).isEqualTo("第1项标准： I 级门槛：须大于0");

        String current = admin.get("/api/v1/incident-grading-rules/PUBLIC_HEALTH").body();
        Http.Response saved = admin.postForm("/incidents/grading-rules/PUBLIC_HEALTH", Map.of("json", current));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get(saved.location().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "")).body())
                .contains("The grading rules for Public health were saved.");
    }

    @Test
    void onlyAnAdministratorOfTheWholeTreeChangesTheRulesOthersReadThem() {
        Http city = Sessions.signedIn(port, "administrator", "city");
        Http.Response page = city.get("/incidents/grading-rules");
        assertThat(page.status()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains("rules-read-only",
                "only an administrator whose scope is the whole tree changes them", "DEATHS")
                .doesNotContain("Save rules");
        assertThat(page.body()).containsPattern("<textarea[^>]*id=\"json-CYBER_DATA\"[^>]*readonly");
        assertThat(messages.getMessage("incident.rules.readOnly", null, java.util.Locale.SIMPLIFIED_CHINESE))
                .contains("全辖区");

        String current = city.get("/api/v1/incident-grading-rules/CYBER_DATA").body();
        assertThat(city.postForm("/incidents/grading-rules/CYBER_DATA", Map.of("json", current)).status()).isEqualTo(403);
        Http.Response api = city.putJson("/api/v1/incident-grading-rules/CYBER_DATA", current);
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).contains("\"status\":403", "whole tree");

        Http province = Sessions.signedIn(port, "administrator", "province");
        Http.Response saved = province.putJson("/api/v1/incident-grading-rules/CYBER_DATA", current);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }
}
