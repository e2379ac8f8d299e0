package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.incident.IncidentFixtures.ago;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.rampart.support.Sessions;

/**
 * Saving a grading rule set regrades the open incidents of its type at once: the change is recorded with the reason
 * that the rules changed and a rising grade extends the chain; closed incidents and manual overrides stay as they are.
 */
@IntegrationTest
class IncidentRulesRegradeIntegrationTests {

    /** The cyber defaults plus a criterion on missing people that no demo or other test incident reaches. */
    private static final String RULES = """
            {"criteria":[{"figure":"AFFECTED","atLeastI":10000000,"atLeastII":1000000,"atLeastIII":100000},
             {"figure":"ECONOMIC_LOSS","atLeastI":10000,"atLeastII":1000,"atLeastIII":100},
             {"figure":"MISSING","atLeastII":7777,"atLeastIII":7000}]}""";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode report(Http http) {
        Http.Response r = http.postJson("/api/v1/incidents", """
                {"type":"CYBER_DATA","subType":"DATA_BREACH","title":"Registry records leaked","jurisdiction":"%s",
                 "occurredAt":"%s","missing":7100,"affected":10}""".formatted(Demo.COUNTY, ago(5)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    private JsonNode read(Http http, long id, String what) {
        return json.readTree(http.get("/api/v1/incidents/" + id + what).body());
    }

    @Test
    void savingARuleSetRegradesTheOpenIncidentsOfItsTypeAtOnceButNotClosedOrOverriddenOnes() {
        Http admin = Sessions.signedIn(port, "administrator", "province");
        Http reporter = Sessions.signedIn(port, "reporter", "county");
        JsonNode open = report(reporter);
        long openId = open.path("id").asLong();
        assertThat(open.path("grade").asString()).isEqualTo("IV");
        assertThat(open.path("chain").findValuesAsString("jurisdiction")).containsExactly(Demo.COUNTY, Demo.CITY);

        long overriddenId = report(reporter).path("id").asLong();
        Http coordinator = Sessions.signedIn(port, "coordinator", "city");
        assertThat(coordinator.putJson("/api/v1/incidents/" + overriddenId + "/grade-override",
                "{\"grade\":\"IV\",\"reason\":\"contained in one office\"}").status()).isEqualTo(200);

        long closedId = report(reporter).path("id").asLong();
        String closedPath = "/api/v1/incidents/" + closedId;
        for (String s : List.of("VERIFIED", "RESPONDING", "STABILISED")) {
            assertThat(reporter.postJson(closedPath + "/status", "{\"status\":\"" + s + "\"}").status()).isEqualTo(200);
        }
        assertThat(reporter.putJson(closedPath + "/final-report",
                "{\"cause\":\"phishing\",\"lessons\":\"train\",\"rectification\":\"2FA\"}").status()).isEqualTo(200);
        assertThat(reporter.postJson(closedPath + "/status", "{\"status\":\"CLOSED\"}").status()).isEqualTo(200);

        try {
            Instant saved = Instant.now();
            Http.Response put = admin.putJson("/api/v1/incident-grading-rules/CYBER_DATA", RULES);
            assertThat(put.status()).as(put.body()).isEqualTo(200);

            JsonNode regraded = read(reporter, openId, "");
            assertThat(regraded.path("grade").asString()).isEqualTo("III");
            assertThat(regraded.path("gradeExplanation").asString()).isEqualTo("missing 7100 >= 7000 (III)");
            assertThat(regraded.path("chain").findValuesAsString("jurisdiction"))
                    .as("a rising grade extends the chain at once").containsExactly(Demo.COUNTY, Demo.CITY, Demo.PROVINCE);
            assertThat(Instant.parse(regraded.path("chain").get(2).path("dueAt").asString()))
                    .isAfterOrEqualTo(saved.plusSeconds(2 * 3600).truncatedTo(ChronoUnit.SECONDS));
            JsonNode changes = read(reporter, openId, "/grade-changes");
            assertThat(changes.size()).isEqualTo(2);
            assertThat(changes.get(1).path("from").asString()).isEqualTo("IV");
            assertThat(changes.get(1).path("to").asString()).isEqualTo("III");
            assertThat(changes.get(1).path("reason").asString())
                    .isEqualTo("grading rules changed: missing 7100 >= 7000 (III)");
            assertThat(changes.get(1).path("author").asString()).isEqualTo("administrator.province");
            assertThat(read(reporter, openId, "/timeline").findValuesAsString("kind")).contains("REGRADED");
            JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=incident&entityId=" + openId).body());
            assertThat(audit.path("items").findValuesAsString("action")).contains("regrade");

            String page = HtmlUtils.htmlUnescape(reporter.get("/incidents/" + openId).body());
            assertThat(page).contains("grading rules changed: missing 7100 >= 7000 (III)",
                    "Regraded: the grading rules changed");
            assertThat(messages.getMessage("incident.gradeChange.rulesChanged", new Object[] {"x"},
                    Locale.SIMPLIFIED_CHINESE)).isEqualTo("分级规则变更：x");
            assertThat(messages.getMessage("incident.kind.REGRADED", null, Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("分级规则变更，重新分级");

            JsonNode overridden = read(reporter, overriddenId, "");
            assertThat(overridden.path("computedGrade").asString()).as("overrides are not touched").isEqualTo("IV");
            assertThat(read(reporter, overriddenId, "/grade-changes").size()).isEqualTo(2);
            JsonNode closed = read(reporter, closedId, "");
            assertThat(closed.path("computedGrade").asString()).as("closed incidents are not touched").isEqualTo("IV");
            assertThat(closed.path("chain").size()).isEqualTo(2);

            // Saving the same rules again changes nothing.
            assertThat(admin.putJson("/api/v1/incident-grading-rules/CYBER_DATA", RULES).status()).isEqualTo(200);
            assertThat(read(reporter, openId, "/grade-changes").size()).isEqualTo(2);
        } finally {
            assertThat(admin.putJson("/api/v1/incident-grading-rules/CYBER_DATA", json.writeValueAsString(
                    Map.of("criteria", GradingRuleSet.defaultFor(IncidentType.CYBER_DATA).criteria()))).status())
                    .isEqualTo(200);
        }
        JsonNode restored = read(reporter, openId, "");
        assertThat(restored.path("grade").asString()).isEqualTo("IV");
        assertThat(restored.path("chain").size()).as("a falling grade keeps the levels already told").isEqualTo(3);
    }
}
