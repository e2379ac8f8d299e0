package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.incident.IncidentFixtures.ago;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.rampart.support.Sessions;

/**
 * Moving an incident to another jurisdiction rebuilds its reporting chain for the new place: the shared levels keep
 * their confirmations, the earlier place's steps stay on record without being timed, and the new place's steps are
 * due as if it had been reported there.
 */
@IntegrationTest
class IncidentMoveIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IncidentTimers timers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    /** A grade III incident (chain county, city, province) in the demo county, reported 190 minutes ago. */
    private JsonNode report() {
        Http reporter = Sessions.signedIn(port, "reporter", "county");
        Http.Response r = reporter.postJson("/api/v1/incidents",
                IncidentFixtures.body(Demo.COUNTY, ago(200), ago(190), 3, 0, "0"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    private static List<String> codes(JsonNode chain) {
        return chain.findValuesAsString("jurisdiction");
    }

    @Test
    void aProvinceUserMovesAnIncidentToTheSiblingCountyAndItGetsThatPlacesChain() {
        JsonNode created = report();
        long id = created.path("id").asLong();
        Instant reported = Instant.parse(created.path("reportedAt").asString());
        long countyStep = created.path("chain").get(0).path("id").asLong();
        long cityStep = created.path("chain").get(1).path("id").asLong();
        long provinceStep = created.path("chain").get(2).path("id").asLong();
        Http countyOfficer = Sessions.signedIn(port, "officer", "county");
        assertThat(countyOfficer.postJson("/api/v1/incidents/" + id + "/chain/" + countyStep + "/confirm", "{}")
                .status()).isEqualTo(200);
        Http province = Sessions.signedIn(port, "coordinator", "province");
        assertThat(province.postJson("/api/v1/incidents/" + id + "/chain/" + provinceStep + "/confirm", "{}")
                .status()).isEqualTo(200);

        // The county's reporter may not move it out of the county's scope: the place is unknown to them.
        Http reporter = Sessions.signedIn(port, "reporter", "county");
        Http.Response refused = IncidentFixtures.patch(reporter, "/api/v1/incidents/" + id,
                "{\"jurisdiction\":\"" + Demo.SIBLING_COUNTY + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("errors").get(0).path("field").asString()).isEqualTo("jurisdiction");
        assertThat(json.readTree(reporter.get("/api/v1/incidents/" + id).body()).path("chain").get(0).path("id")
                .asLong()).as("nothing half-written").isEqualTo(countyStep);

        Http.Response moved = IncidentFixtures.patch(province, "/api/v1/incidents/" + id,
                "{\"jurisdiction\":\"" + Demo.SIBLING_COUNTY + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode after = json.readTree(moved.body());
        assertThat(after.path("jurisdiction").asString()).isEqualTo(Demo.SIBLING_COUNTY);
        JsonNode chain = after.path("chain");
        assertThat(codes(chain)).containsExactly(Demo.SIBLING_COUNTY, Demo.SIBLING_CITY, Demo.PROVINCE);
        assertThat(Instant.parse(chain.get(0).path("dueAt").asString())).isEqualTo(reported.plusSeconds(3600));
        assertThat(Instant.parse(chain.get(1).path("dueAt").asString())).isEqualTo(reported.plusSeconds(3 * 3600));
        assertThat(chain.get(0).path("confirmedAt").isNull()).isTrue();
        assertThat(chain.get(2).path("id").asLong()).as("the shared province step is kept").isEqualTo(provinceStep);
        assertThat(chain.get(2).path("confirmedBy").asString()).isEqualTo("coordinator.province");
        assertThat(after.path("overdue").asBoolean()).as("the new county was due 130 minutes ago").isTrue();
        JsonNode earlier = after.path("earlierChain");
        assertThat(codes(earlier)).containsExactly(Demo.COUNTY, Demo.CITY);
        assertThat(earlier.get(0).path("confirmedBy").asString()).isEqualTo("officer.county");
        assertThat(earlier.get(0).path("supersededAt").isNull()).isFalse();
        assertThat(earlier.get(1).path("overdue").asBoolean()).as("an earlier place's step is not timed").isFalse();

        // The earlier place no longer sees it; the new place does.
        assertThat(reporter.get("/api/v1/incidents/" + id).status()).isEqualTo(404);
        Http cityOfficer = Sessions.signedIn(port, "officer", "city");
        assertThat(cityOfficer.get("/api/v1/incidents/" + id).status()).isEqualTo(404);
        assertThat(cityOfficer.get("/incidents/" + id).status()).isEqualTo(404);
        assertThat(IncidentFixtures.patch(cityOfficer, "/api/v1/incidents/" + id, "{\"deaths\":4}").status())
                .isEqualTo(404);
        assertThat(cityOfficer.postJson("/api/v1/incidents/" + id + "/chain/" + cityStep + "/confirm", "{}").status())
                .isEqualTo(404);
        assertThat(province.postJson("/api/v1/incidents/" + id + "/chain/" + countyStep + "/confirm", "{}").status())
                .as("a step of the earlier place is no longer confirmed").isEqualTo(404);

        // Timeline and audit record the move with the chains before and after.
        JsonNode timeline = json.readTree(province.get("/api/v1/incidents/" + id + "/timeline").body());
        JsonNode move = null;
        for (JsonNode e : timeline) {
            if ("MOVED".equals(e.path("kind").asString())) {
                move = e;
            }
        }
        assertThat(move).as(timeline.toString()).isNotNull();
        assertThat(move.path("text").asString()).isEqualTo(Demo.COUNTY + " \u2192 " + Demo.SIBLING_COUNTY);
        assertThat(move.path("author").asString()).isEqualTo("coordinator.province");
        Http admin = Sessions.signedIn(port, "administrator", "province");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=incident&entityId=" + id).body());
        JsonNode moveAudit = null;
        for (JsonNode a : audit.path("items")) {
            if ("move".equals(a.path("action").asString())) {
                moveAudit = a;
            }
        }
        assertThat(moveAudit).as(audit.toString()).isNotNull();
        assertThat(moveAudit.toString()).contains(Demo.COUNTY, Demo.SIBLING_COUNTY, "officer.county");

        // The overdue pass reports the new county's and city's missed deadlines (190 minutes after the report), never
        // the earlier place's steps.
        timers.overdue(Instant.now());
        List<String> overdue = jdbc.sql("select text from incident_event where incident_id = :id and kind = 'OVERDUE'")
                .param("id", id).query(String.class).list();
        assertThat(overdue).containsExactlyInAnyOrder(Demo.SIBLING_COUNTY, Demo.SIBLING_CITY);
        assertThat(jdbc.sql("select overdue_at is null from incident_report_step where id = :s").param("s", cityStep)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theDetailPageMovesAnIncidentWithinScopeAndShowsTheEarlierPlacesSteps() {
        Http reporter = Sessions.signedIn(port, "reporter", "county");
        Http.Response r = reporter.postJson("/api/v1/incidents",
                IncidentFixtures.body(Demo.COUNTY, ago(20), ago(10), 0, 0, "0"));
        long id = json.readTree(r.body()).path("id").asLong();

        Http city = Sessions.signedIn(port, "reporter", "city");
        Http.Response page = city.get("/incidents/" + id);
        assertThat(page.body()).contains("id=\"moveForm\"", "aria-describedby=\"moveHelp\"");
        Http.Response refused = city.postForm("/incidents/" + id + "/jurisdiction",
                Map.of("jurisdiction", Demo.SIBLING_COUNTY));
        assertThat(refused.status()).as("the page again, as for every refused change on it").isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("unknown jurisdiction '" + Demo.SIBLING_COUNTY + "'",
                "aria-invalid=\"true\"");

        // A city reporter moves it up to the city itself: the city is now the first level, due an hour after the
        // report; the county's step stays on record.
        Http.Response moved = city.postForm("/incidents/" + id + "/jurisdiction", Map.of("jurisdiction", Demo.CITY));
        assertThat(moved.status()).as(moved.body()).isEqualTo(302);
        JsonNode after = json.readTree(city.get("/api/v1/incidents/" + id).body());
        assertThat(codes(after.path("chain"))).containsExactly(Demo.CITY);
        assertThat(Instant.parse(after.path("chain").get(0).path("dueAt").asString()))
                .isEqualTo(Instant.parse(after.path("reportedAt").asString()).plusSeconds(3600));
        assertThat(codes(after.path("earlierChain"))).containsExactly(Demo.COUNTY);
        String detail = HtmlUtils.htmlUnescape(city.get("/incidents/" + id).body());
        assertThat(detail).contains("id=\"earlierChain\"", "Earlier places",
                "Moved to another jurisdiction, reporting chain rebuilt", Demo.COUNTY + " \u2192 " + Demo.CITY);
        assertThat(reporter.get("/incidents/" + id).status()).isEqualTo(404);
    }
}
