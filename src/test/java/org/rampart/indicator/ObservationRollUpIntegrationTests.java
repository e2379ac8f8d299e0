package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rampart.indicator.IndicatorFixtures.batch;
import static org.rampart.indicator.IndicatorFixtures.define;
import static org.rampart.indicator.IndicatorFixtures.item;
import static org.rampart.support.Sessions.signedIn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ObservationRollUpIntegrationTests {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    /** Hourly indicators keep the test away from the site zone's day boundaries. */
    private static final String HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS).toString();

    private List<JsonNode> children(Http http, String parent) {
        List<JsonNode> list = new ArrayList<>();
        json.readTree(http.get("/api/v1/jurisdictions?size=500&parent=" + parent).body()).path("items").forEach(list::add);
        return list;
    }

    /**
     * The demo counties of DP-01 that still look as the demo made them (other test classes add and change
     * jurisdictions in the shared database): active, with a population and with townships.
     */
    private List<JsonNode> demoCounties(Http http) {
        return children(http, "DP-01").stream().filter(c -> c.path("code").asString().matches("DP-01-\\d{2}")
                && c.path("active").asBoolean() && c.path("population").asLong() > 0 && c.path("childCount").asInt() >= 2)
                .toList();
    }

    private JsonNode onlyPoint(Http http, String code, String jurisdiction) {
        JsonNode points = json.readTree(http.get("/api/v1/indicators/" + code + "/series?jurisdiction=" + jurisdiction)
                .body()).path("points");
        assertThat(points.size()).as("points of %s", jurisdiction).isEqualTo(1);
        assertThat(points.get(0).path("time").asString()).isEqualTo(HOUR);
        return points.get(0);
    }

    @Test
    void aParentWithoutItsOwnValueGetsTheSumOfTheTopMostReportsBelowIt() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "SUM", "HOURLY", "SUM");
        List<JsonNode> counties = demoCounties(admin);
        String c1 = counties.get(0).path("code").asString();
        String c2 = counties.get(1).path("code").asString();
        String c3 = counties.get(2).path("code").asString();
        List<JsonNode> townsOfC3 = children(admin, c3).stream().filter(t -> t.path("active").asBoolean()).toList();
        String underC1 = children(admin, c1).stream().filter(t -> t.path("active").asBoolean()).findFirst().orElseThrow()
                .path("code").asString();
        JsonNode r = json.readTree(admin.postJson("/api/v1/observations", batch(false, item(code, c1, HOUR, "10"),
                item(code, c2, HOUR, "20"), item(code, townsOfC3.get(0).path("code").asString(), HOUR, "1"),
                item(code, townsOfC3.get(1).path("code").asString(), HOUR, "2"), item(code, underC1, HOUR, "100"))).body());
        assertThat(r.path("stored").asInt()).isEqualTo(5);

        JsonNode city = onlyPoint(admin, code, "DP-01");
        assertThat(city.path("value").asDouble()).isEqualTo(33.0);
        assertThat(city.path("rolledUp").asBoolean()).isTrue();
        JsonNode own = onlyPoint(admin, code, c1);
        assertThat(own.path("value").asDouble()).isEqualTo(10.0);
        assertThat(own.path("rolledUp").asBoolean()).isFalse();
        assertThat(onlyPoint(admin, code, c3).path("value").asDouble()).isEqualTo(3.0);
        assertThat(onlyPoint(admin, code, "DP").path("value").asDouble()).isEqualTo(33.0);

        JsonNode latest = json.readTree(admin.get("/api/v1/indicators/" + code + "/latest?parent=DP-01").body());
        assertThat(latest.path(c1).asDouble()).isEqualTo(10.0);
        assertThat(latest.path(c2).asDouble()).isEqualTo(20.0);
        assertThat(latest.path(c3).asDouble()).isEqualTo(3.0);
        assertThat(latest.size()).isEqualTo(3);

        // a city user sees the same city; the county user sees only their county's subtree
        Http county = signedIn(port, "viewer", "county");
        assertThat(county.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-01").status()).isEqualTo(404);
    }

    @Test
    void aPopulationWeightedMeanWeighsEachReportByItsJurisdictionsPopulation() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "PWM", "HOURLY", "POPULATION_WEIGHTED_MEAN");
        List<JsonNode> counties = demoCounties(admin);
        JsonNode a = counties.get(0);
        JsonNode b = counties.get(1);
        admin.postJson("/api/v1/observations", batch(false, item(code, a.path("code").asString(), HOUR, "10"),
                item(code, b.path("code").asString(), HOUR, "40")));
        double pa = a.path("population").asDouble();
        double pb = b.path("population").asDouble();
        JsonNode city = onlyPoint(admin, code, "DP-01");
        assertThat(city.path("value").asDouble()).isCloseTo((10 * pa + 40 * pb) / (pa + pb), within(1e-9));
        assertThat(city.path("rolledUp").asBoolean()).isTrue();
    }

    @Test
    void completenessTellsOnTimeLateMissingAndPendingReports() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "COMP", "HOURLY", "NONE");
        List<JsonNode> counties = demoCounties(admin);
        String c1 = counties.get(0).path("code").asString();
        String c2 = counties.get(1).path("code").asString();
        long active = children(admin, "DP-01").stream().filter(c -> c.path("active").asBoolean()).count();
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        admin.postJson("/api/v1/observations", batch(false, item(code, c1, hour.minus(1, ChronoUnit.HOURS).toString(), "1"),
                item(code, c1, hour.minus(5, ChronoUnit.HOURS).toString(), "1"), item(code, c2, hour.toString(), "1")));
        JsonNode table = json.readTree(admin.get("/api/v1/indicators/" + code + "/completeness?parent=DP-01&periods=6").body());
        assertThat(table.path("periods").size()).isEqualTo(6);
        assertThat(table.path("rows").size()).isEqualTo(active);
        assertThat(row(table, c1).path("states").toString())
                .isEqualTo("[\"LATE\",\"MISSING\",\"MISSING\",\"MISSING\",\"ON_TIME\",\"PENDING\"]");
        assertThat(row(table, c2).path("states").get(5).asString()).isEqualTo("ON_TIME");
        // NONE: a parent gets no rolled-up value
        assertThat(json.readTree(admin.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-01").body())
                .path("points").size()).isZero();
        String page = admin.get("/indicators/" + code + "?jurisdiction=DP-01").body();
        assertThat(page).contains("data-state=\"LATE\"").contains("data-state=\"ON_TIME\"");
    }

    private static JsonNode row(JsonNode table, String code) {
        for (JsonNode r : table.path("rows")) {
            if (r.path("code").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + code);
    }
}
