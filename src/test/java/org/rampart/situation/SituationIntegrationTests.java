package org.rampart.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.risk.RiskMatrix;
import org.rampart.identity.UserDraft;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The situation picture against a register of test risks in a test domain of their own (SITTEST with the sub-domain
 * SITTEST_SUB), next to the demo register: heat-map counts, the roll-up, top-risk order, changes since a date, scope
 * proofs (county DP-01-01, city DP-01, sibling city DP-02) and problems for bad parameters.
 */
@IntegrationTest
class SituationIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RiskMatrix MATRIX = RiskMatrix.defaults();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    SituationManagement situation;
    @Autowired
    UserManagement users;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void register() {
        if (jdbc.sql("select count(*) from risk where code = 'SIT-T1'").query(Integer.class).single() > 0) {
            return;
        }
        jdbc.sql("insert into risk_domain (code, parent_code, name_en, name_zh, position) values "
                + "('SITTEST', null, 'Situation test', '态势测试', 900), ('SITTEST_SUB', 'SITTEST', 'Situation test sub', '态势测试子', 901)")
                .update();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        // raised: medium 300 days ago, extreme since 2 days
        long t1 = risk("SIT-T1", "County extreme", Demo.COUNTY, "SITTEST", 4, 5, false, now.minus(days(300)), null, today.plusDays(30));
        assess(t1, now.minus(days(300)), 2, 3);
        assess(t1, now.minus(days(2)), 4, 5);
        jdbc.sql("update risk set residual_likelihood = 2, residual_impact = 2, residual_score = 4, residual_level = 'LOW' where id = :id")
                .param("id", t1).update();
        // new, a bottom-line risk of medium level
        long t2 = risk("SIT-T2", "County bottom line", Demo.COUNTY, "SITTEST", 2, 3, true, now.minus(days(2)), null, today.plusDays(30));
        assess(t2, now.minus(days(2)), 2, 3);
        // unchanged, review overdue
        long t3 = risk("SIT-T3", "City extreme", Demo.CITY, "SITTEST", 4, 5, false, now.minus(days(200)), null, today.minusDays(10));
        assess(t3, now.minus(days(200)), 5, 5);
        assess(t3, now.minus(days(1)), 4, 5);
        // the sibling city: raised too, never seen by DP-01 users
        long t4 = risk("SIT-T4", "Sibling extreme", Demo.SIBLING_CITY, "SITTEST", 4, 5, false, now.minus(days(300)), null, today.minusDays(3));
        assess(t4, now.minus(days(300)), 1, 2);
        assess(t4, now.minus(days(1)), 4, 5);
        long t5 = risk("SIT-T5", "Sibling county low", Demo.SIBLING_COUNTY, "SITTEST", 1, 1, false, now.minus(days(100)), null, today.plusDays(30));
        assess(t5, now.minus(days(100)), 1, 1);
        // lowered, in the sub-domain, another county of DP-01
        long t6 = risk("SIT-T6", "Second county high", "DP-01-02", "SITTEST_SUB", 3, 4, false, now.minus(days(100)), null, today.plusDays(30));
        assess(t6, now.minus(days(100)), 5, 4);
        assess(t6, now.minus(days(1)), 3, 4);
        // closed two days ago: not on the heat map, listed as closed
        long t7 = risk("SIT-T7", "County closed", Demo.COUNTY, "SITTEST", 5, 5, false, now.minus(days(400)), now.minus(days(2)), today.plusDays(30));
        assess(t7, now.minus(days(400)), 5, 5);
    }

    private static Duration days(int n) {
        return Duration.ofDays(n);
    }

    private long risk(String code, String title, String jurisdiction, String domain, int l, int i, boolean bottomLine,
            Instant created, Instant closed, LocalDate review) {
        JurisdictionRef j = jurisdictions.ref(jurisdiction).orElseThrow();
        return jdbc.sql("""
                insert into risk (code, title_en, title_zh, domain_code, jurisdiction_id, jurisdiction_code, jurisdiction_path,
                    bottom_line, likelihood, impact, score, level, status, review_frequency_days, next_review_date,
                    created_at, created_by, closed_at)
                values (:code, :title, :title, :domain, :jid, :jcode, :jpath, :bottom, :l, :i, :score, :level, :status, 90,
                    :review, :created, 'test', :closed) returning id
                """).param("code", code).param("title", title).param("domain", domain).param("jid", j.id())
                .param("jcode", j.code()).param("jpath", j.path()).param("bottom", bottomLine).param("l", l).param("i", i)
                .param("score", l * i).param("level", MATRIX.level(l, i).name()).param("status", closed == null ? "ASSESSED" : "CLOSED")
                .param("review", review).param("created", Timestamp.from(created))
                .param("closed", closed == null ? null : Timestamp.from(closed)).query(Long.class).single();
    }

    private void assess(long risk, Instant at, int l, int i) {
        jdbc.sql("""
                insert into risk_assessment (risk_id, assessed_at, assessed_by, likelihood, impact, score, level)
                values (:r, :at, 'test', :l, :i, :s, :level)
                """).param("r", risk).param("at", Timestamp.from(at)).param("l", l).param("i", i).param("s", l * i)
                .param("level", MATRIX.level(l, i).name()).update();
    }

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    private static JsonNode json(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static int cell(JsonNode heat, int l, int i) {
        for (JsonNode c : heat.get("cells")) {
            if (c.get("likelihood").asInt() == l && c.get("impact").asInt() == i) {
                return c.get("count").asInt();
            }
        }
        throw new AssertionError("no cell " + l + "," + i);
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("code").asText()));
        return out;
    }

    @Test
    void theHeatMapCountsOpenRisksPerCellInTheChosenSubtree() {
        JsonNode province = json(signedIn("viewer", "province").get("/api/v1/risks/heatmap?jurisdiction=DP&domain=SITTEST"));
        assertThat(province.get("size").asInt()).isEqualTo(5);
        assertThat(province.get("cells")).hasSize(25);
        assertThat(cell(province, 4, 5)).isEqualTo(3);
        assertThat(cell(province, 2, 3)).isEqualTo(1);
        assertThat(cell(province, 1, 1)).isEqualTo(1);
        assertThat(cell(province, 3, 4)).as("the sub-domain counts under its parent").isEqualTo(1);
        assertThat(cell(province, 5, 5)).as("closed risks are not on the map").isZero();
        assertThat(province.get("total").asInt()).isEqualTo(6);

        JsonNode city = json(signedIn("viewer", "province").get("/api/v1/risks/heatmap?jurisdiction=DP-01&domain=sittest"));
        assertThat(cell(city, 4, 5)).isEqualTo(2);
        assertThat(cell(city, 1, 1)).isZero();
        assertThat(city.get("total").asInt()).isEqualTo(4);

        JsonNode sub = json(signedIn("viewer", "province").get("/api/v1/risks/heatmap?jurisdiction=DP&domain=SITTEST_SUB"));
        assertThat(sub.get("total").asInt()).isEqualTo(1);
        assertThat(cell(sub, 3, 4)).isEqualTo(1);

        JsonNode residual = json(signedIn("viewer", "province").get("/api/v1/risks/heatmap?jurisdiction=DP-01-01&domain=SITTEST&residual=true"));
        assertThat(cell(residual, 2, 2)).as("placed by residual likelihood and impact").isEqualTo(1);
        assertThat(cell(residual, 2, 3)).as("inherent where no residual is assessed").isEqualTo(1);
        assertThat(cell(residual, 4, 5)).isZero();

        JsonNode risks = json(signedIn("viewer", "province").get("/api/v1/risks/heatmap/cell?jurisdiction=DP&domain=SITTEST&likelihood=4&impact=5"));
        assertThat(codes(risks)).containsExactlyInAnyOrder("SIT-T1", "SIT-T3", "SIT-T4");
    }

    @Test
    void aCountyUserCountsOnlyTheCountysRisks() {
        Http county = signedIn("viewer", "county");
        JsonNode heat = json(county.get("/api/v1/risks/heatmap?domain=SITTEST"));
        assertThat(heat.get("jurisdiction").asText()).isEqualTo(Demo.COUNTY);
        assertThat(heat.get("total").asInt()).isEqualTo(2);
        assertThat(cell(heat, 4, 5)).isEqualTo(1);

        Http.Response rollUp = county.get("/api/v1/risks/rollup");
        JsonNode r = json(rollUp);
        assertThat(rollUp.body()).doesNotContain("DP-02").doesNotContain("DP-01-02").doesNotContain("SIT-T");
        assertThat(r.get("columns").get(0).get("code").asText()).isEqualTo(Demo.COUNTY);
        assertThat(rollUpCell(r, "SITTEST", Demo.COUNTY)).isEqualTo("EXTREME:2");

        Http.Response situation = county.get("/api/v1/situation");
        assertThat(situation.body()).contains("SIT-T1").doesNotContain("SIT-T3").doesNotContain("SIT-T4")
                .doesNotContain("SIT-T6").doesNotContain("DP-02").doesNotContain("DP-01-02");
        Http.Response cellRisks = county.get("/api/v1/risks/heatmap/cell?likelihood=4&impact=5&domain=SITTEST");
        assertThat(codes(json(cellRisks))).containsExactly("SIT-T1");

        // the sibling county, the parent city and the province are answered like unknown jurisdictions
        for (String other : List.of(Demo.SIBLING_COUNTY, Demo.CITY, Demo.PROVINCE, "DP-01-02")) {
            for (String path : List.of("/api/v1/risks/heatmap", "/api/v1/risks/rollup", "/api/v1/situation",
                    "/api/v1/risks/rollup/map")) {
                Http.Response refused = county.get(path + "?jurisdiction=" + other);
                assertThat(refused.status()).as(path + " " + other).isEqualTo(400);
                assertThat(refused.body()).contains("\"field\":\"jurisdiction\"").doesNotContain("SIT-T");
            }
        }
        assertThat(county.get("/").body()).contains("County extreme").doesNotContain("Sibling extreme")
                .doesNotContain("City extreme");
    }

    @Test
    void theRollUpShowsTheHighestLevelAndCountPerDomainAndChild() {
        JsonNode province = json(signedIn("viewer", "province").get("/api/v1/risks/rollup?jurisdiction=DP"));
        assertThat(province.get("columns")).hasSize(22);
        assertThat(rollUpCell(province, "SITTEST", "DP-01")).isEqualTo("EXTREME:3");
        assertThat(rollUpCell(province, "SITTEST", "DP-02")).isEqualTo("EXTREME:2");
        assertThat(rollUpCell(province, "SITTEST_SUB", "DP-01")).isEqualTo("HIGH:1");

        Http city = signedIn("viewer", "city");
        Http.Response answer = city.get("/api/v1/risks/rollup");
        JsonNode r = json(answer);
        assertThat(answer.body()).doesNotContain("DP-02").doesNotContain("SIT-T4");
        assertThat(rollUpCell(r, "SITTEST", Demo.CITY)).as("the city's own risks").isEqualTo("EXTREME:1");
        assertThat(rollUpCell(r, "SITTEST", Demo.COUNTY)).isEqualTo("EXTREME:2");
        assertThat(rollUpCell(r, "SITTEST_SUB", "DP-01-02")).isEqualTo("HIGH:1");
        assertThat(r.get("highestByChild").get(Demo.COUNTY).asText()).isEqualTo("EXTREME");
        JsonNode map = json(city.get("/api/v1/risks/rollup/map"));
        assertThat(map.get(Demo.COUNTY).asText()).isEqualTo("RED");
        assertThat(city.get("/api/v1/risks/rollup?jurisdiction=DP-02").status()).isEqualTo(400);

        Http.Response page = city.get("/situation?domain=SITTEST");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("heat-table").contains("rollup-map").contains("City extreme")
                .doesNotContain("Sibling extreme").doesNotContain("R-DP-02");
    }

    private static String rollUpCell(JsonNode rollUp, String domain, String column) {
        for (JsonNode c : rollUp.get("cells")) {
            if (c.get("domain").asText().equals(domain) && c.get("column").asText().equals(column)) {
                return c.get("level").asText() + ":" + c.get("count").asInt();
            }
        }
        return null;
    }

    @Test
    void topRisksPutBottomLineFirstThenLevelThenScore() {
        JsonNode county = json(signedIn("viewer", "county").get("/api/v1/situation"));
        JsonNode top = county.get("topRisks");
        // other test classes share the database and may add bottom-line risks of their own: SIT-T2 must come before
        // every risk that is not a bottom line
        int t2 = -1;
        int firstOrdinary = top.size();
        for (int k = 0; k < top.size(); k++) {
            if (top.get(k).get("code").asText().equals("SIT-T2")) {
                t2 = k;
            }
            if (!top.get(k).get("bottomLine").asBoolean() && firstOrdinary == top.size()) {
                firstOrdinary = k;
            }
        }
        assertThat(t2).as("the county's bottom-line risk leads the ordinary ones").isBetween(0, firstOrdinary - 1);
        assertOrdered(top);
        assertOrdered(json(signedIn("viewer", "province").get("/api/v1/situation?jurisdiction=DP")).get("topRisks"));
        assertOrdered(json(signedIn("viewer", "city").get("/api/v1/situation")).get("topRisks"));
    }

    private static void assertOrdered(JsonNode top) {
        List<String> levels = List.of("LOW", "MEDIUM", "HIGH", "EXTREME");
        assertThat(top.size()).isGreaterThan(1);
        for (int k = 1; k < top.size(); k++) {
            JsonNode a = top.get(k - 1);
            JsonNode b = top.get(k);
            int byBottom = Boolean.compare(a.get("bottomLine").asBoolean(), b.get("bottomLine").asBoolean());
            int byLevel = Integer.compare(levels.indexOf(a.get("level").asText()), levels.indexOf(b.get("level").asText()));
            int byScore = Integer.compare(a.get("score").asInt(), b.get("score").asInt());
            assertThat(byBottom > 0 || byBottom == 0 && (byLevel > 0 || byLevel == 0 && byScore >= 0))
                    .as(a + " before " + b).isTrue();
        }
    }

    @Test
    void changesSinceADateAreNewRaisedLoweredAndClosed() {
        String since = LocalDate.now().minusDays(7).toString();
        JsonNode city = json(signedIn("viewer", "city").get("/api/v1/situation?since=" + since));
        assertThat(city.get("since").asText()).isEqualTo(since);
        assertThat(kind(city, "SIT-T1")).isEqualTo("RAISED:MEDIUM>EXTREME");
        assertThat(kind(city, "SIT-T2")).isEqualTo("NEW:null>MEDIUM");
        assertThat(kind(city, "SIT-T6")).isEqualTo("LOWERED:EXTREME>HIGH");
        assertThat(kind(city, "SIT-T7")).startsWith("CLOSED:");
        assertThat(kind(city, "SIT-T3")).as("re-assessed at the same level").isNull();
        assertThat(kind(city, "SIT-T4")).as("another city").isNull();
        assertThat(city.get("overdueReviews").toString()).contains("SIT-T3").doesNotContain("SIT-T4");
        assertThat(city.get("overdueReviewCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(city.get("warningsByLevel").size()).isEqualTo(4);
        assertThat(city.get("risksByDomain").get("SITTEST").get("EXTREME").asInt()).isEqualTo(2);

        // a date before everything: T1 is then new, not raised
        JsonNode long_ago = json(signedIn("viewer", "city").get("/api/v1/situation?since=2020-01-01"));
        assertThat(kind(long_ago, "SIT-T1")).isEqualTo("NEW:null>EXTREME");
        // since yesterday: T1 was raised before it
        JsonNode yesterday = json(signedIn("viewer", "city").get("/api/v1/situation?since=" + LocalDate.now().minusDays(1)));
        assertThat(kind(yesterday, "SIT-T1")).isNull();
        assertThat(kind(yesterday, "SIT-T6")).isEqualTo("LOWERED:EXTREME>HIGH");
    }

    private static String kind(JsonNode situation, String code) {
        for (JsonNode c : situation.get("changes")) {
            if (c.get("code").asText().equals(code)) {
                return c.get("kind").asText() + ":" + (c.get("before").isNull() ? "null" : c.get("before").asText()) + ">"
                        + c.get("after").asText();
            }
        }
        return null;
    }

    @Test
    void theDomainFilterNarrowsTheSummaryTheRollUpAndTheLists() {
        Http province = signedIn("viewer", "province");
        JsonNode all = json(province.get("/api/v1/situation?jurisdiction=DP&since=2020-01-01"));
        JsonNode sit = json(province.get("/api/v1/situation?jurisdiction=DP&domain=sittest&since=2020-01-01"));
        assertThat(all.get("openRisks").asInt()).as("the demo register counts too").isGreaterThan(700);
        assertThat(sit.get("openRisks").asInt()).isEqualTo(6);
        assertThat(sit.get("risksByDomain").propertyNames()).containsExactly("SITTEST", "SITTEST_SUB");
        assertThat(codes(sit.get("topRisks"))).allMatch(c -> c.startsWith("SIT-T")).contains("SIT-T2", "SIT-T1");
        assertThat(codes(sit.get("changes"))).allMatch(c -> c.startsWith("SIT-T")).contains("SIT-T7");
        assertThat(codes(sit.get("overdueReviews"))).containsExactlyInAnyOrder("SIT-T3", "SIT-T4");
        JsonNode sub = json(province.get("/api/v1/situation?jurisdiction=DP&domain=SITTEST_SUB"));
        assertThat(sub.get("openRisks").asInt()).isEqualTo(1);
        assertThat(sub.get("risksByLevel").get("HIGH").asInt()).isEqualTo(1);

        JsonNode rollUp = json(province.get("/api/v1/risks/rollup?jurisdiction=DP&domain=SITTEST"));
        assertThat(codes(rollUp.get("domains"))).containsExactly("SITTEST", "SITTEST_SUB");
        assertThat(rollUpCell(rollUp, "SITTEST", "DP-01")).isEqualTo("EXTREME:3");
        JsonNode map = json(province.get("/api/v1/risks/rollup/map?jurisdiction=DP&domain=SITTEST_SUB"));
        assertThat(map.propertyNames()).containsExactly("DP-01");
        problem(province.get("/api/v1/situation?domain=NOPE"), "domain", "\"code\":\"domain.unknown\"");
        problem(province.get("/api/v1/situation?domain=NOPE"), "domain", "unknown domain 'NOPE'");
        problem(province.get("/api/v1/risks/rollup?domain=NOPE"), "domain", "unknown domain 'NOPE'");

        Http.Response page = province.get("/situation?jurisdiction=DP&domain=SITTEST_SUB&since=2020-01-01");
        assertThat(page.body()).contains("Second county high").doesNotContain("County extreme")
                .contains("data-level=\"HIGH\" data-count=\"1\"").contains("data-level=\"EXTREME\" data-count=\"0\"");
    }

    @Test
    void keptResultsAreReusedUntilARowTheyReadChanges() {
        Actor system = Actor.system();
        HeatMap first = situation.heatMap(system, "DP-01", "SITTEST", false);
        assertThat(situation.heatMap(system, "DP-01", "sittest ", false)).as("nothing changed: the kept result")
                .isSameAs(first);
        SituationManagement.Picture picture = situation.picture(system, "DP-01", "SITTEST", null, false);
        assertThat(situation.picture(system, "DP-01", "SITTEST", null, false)).isSameAs(picture);

        // a change made outside the application (plain SQL) shows at once, and so does its undoing
        long t3 = jdbc.sql("select id from risk where code = 'SIT-T3'").query(Long.class).single();
        jdbc.sql("update risk set likelihood = 1, impact = 1, score = 1, level = 'LOW' where id = :id").param("id", t3)
                .update();
        try {
            HeatMap changed = situation.heatMap(system, "DP-01", "SITTEST", false);
            assertThat(changed).isNotSameAs(first);
            assertThat(changed.cell(4, 5).count()).isEqualTo(first.cell(4, 5).count() - 1);
            assertThat(changed.cell(1, 1).count()).isEqualTo(first.cell(1, 1).count() + 1);
            assertThat(situation.picture(system, "DP-01", "SITTEST", null, false).heat().cell(1, 1).count())
                    .isEqualTo(first.cell(1, 1).count() + 1);
        } finally {
            jdbc.sql("update risk set likelihood = 4, impact = 5, score = 20, level = 'EXTREME' where id = :id")
                    .param("id", t3).update();
        }
        assertThat(situation.heatMap(system, "DP-01", "SITTEST", false).cell(4, 5).count())
                .isEqualTo(first.cell(4, 5).count());
    }

    @Test
    void aChangeCommittedWhileAPictureIsReadShowsRightAfterItsCommit() throws Exception {
        Actor system = Actor.system();
        long t3 = jdbc.sql("select id from risk where code = 'SIT-T3'").query(Long.class).single();
        HeatMap before = situation.heatMap(system, "DP-01", "SITTEST", false);
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement update = writer.prepareStatement(
                    "update risk set likelihood = 1, impact = 1, score = 1, level = 'LOW' where id = ?")) {
                update.setLong(1, t3);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            // read while the change is written but not committed: the picture must not keep this answer past the commit
            HeatMap during = situation.heatMap(system, "DP-01", "SITTEST", false);
            assertThat(during.cell(1, 1).count()).isEqualTo(before.cell(1, 1).count());
            writer.commit();
        }
        try {
            HeatMap after = situation.heatMap(system, "DP-01", "SITTEST", false);
            assertThat(after.cell(1, 1).count()).isEqualTo(before.cell(1, 1).count() + 1);
            assertThat(after.cell(4, 5).count()).isEqualTo(before.cell(4, 5).count() - 1);
        } finally {
            jdbc.sql("update risk set likelihood = 4, impact = 5, score = 20, level = 'EXTREME' where id = :id")
                    .param("id", t3).update();
        }
    }

    @Test
    void everyTableThePictureReadsMarksItsChanges() {
        for (String update : List.of("update risk set title_en = title_en where code = 'SIT-T1'",
                "update risk_assessment set reason = reason where id = (select max(id) from risk_assessment)",
                "update risk_domain set name_en = name_en where code = 'SITTEST'",
                "update risk_matrix set size = size",
                "update jurisdiction set name_en = name_en where code = 'DP-01'")) {
            long before = jdbc.sql("select last_value from situation_change").query(Long.class).single();
            int rows = jdbc.sql(update).update();
            assertThat(rows).as(update).isEqualTo(1);
            assertThat(jdbc.sql("select last_value from situation_change").query(Long.class).single()).as(update)
                    .isGreaterThan(before);
        }
    }

    @Test
    void aWarningCountsAtOnceButItsBookkeepingDoesNotMarkAChange() {
        Http admin = signedIn("administrator", "province");
        String code = "SITW-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        assertThat(admin.postJson("/api/v1/indicators", """
                {"code":"%s-I","nameEn":"Situation river level","nameZh":"态势测试河流水位","domain":"DISASTER",
                 "unitOfMeasure":"cm","periodType":"DAILY","aggregation":"MAX","responsibleUnitCode":null}"""
                .formatted(code)).status()).isEqualTo(201);
        assertThat(admin.postJson("/api/v1/rules", """
                {"code":"%s","indicatorCode":"%s-I","domain":"DISASTER","nameEn":"River level","nameZh":"河流水位",
                 "type":"THRESHOLD","direction":"HIGHER_IS_WORSE","thresholds":{"BLUE":10,"YELLOW":20,"ORANGE":30,"RED":40},
                 "recoverAfter":1}""".formatted(code, code)).status()).isEqualTo(201);
        Http county = signedIn("viewer", "county");
        JsonNode before = json(county.get("/api/v1/situation?domain=DISASTER")).get("warningsByLevel");

        String day = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).toString();
        assertThat(admin.postJson("/api/v1/observations", """
                {"observations":[{"indicator":"%s-I","jurisdiction":"%s","time":"%s","value":25}]}"""
                .formatted(code, Demo.COUNTY, day)).status()).isEqualTo(200);
        JsonNode raised = json(county.get("/api/v1/situation?domain=DISASTER")).get("warningsByLevel");
        assertThat(raised.get("YELLOW").asInt()).as("the new warning counts at once").isEqualTo(before.get("YELLOW").asInt() + 1);
        assertThat(json(county.get("/api/v1/situation?domain=FOOD")).get("warningsByLevel").get("YELLOW").asInt())
                .as("a warning counts under its indicator's domain only").isZero();

        long warning = jdbc.sql("select id from warning where rule_code = :c").param("c", code).query(Long.class).single();
        try {
            long version = jdbc.sql("select last_value from situation_change").query(Long.class).single();
            jdbc.sql("update warning set lower_count = lower_count + 1, changed_at = now(), explanation = explanation || '.'"
                    + " where id = :id").param("id", warning).update();
            assertThat(jdbc.sql("select last_value from situation_change").query(Long.class).single())
                    .as("bookkeeping of a warning is no change of the picture").isEqualTo(version);
            jdbc.sql("update warning set level = 'ORANGE', highest_level = 'ORANGE' where id = :id").param("id", warning)
                    .update();
            JsonNode orange = json(county.get("/api/v1/situation?domain=DISASTER")).get("warningsByLevel");
            assertThat(orange.get("ORANGE").asInt()).isEqualTo(before.get("ORANGE").asInt() + 1);
            assertThat(orange.get("YELLOW").asInt()).isEqualTo(before.get("YELLOW").asInt());
        } finally {
            jdbc.sql("update warning set state = 'RESOLVED', resolved_at = now(), resolved_by = 'test' where id = :id")
                    .param("id", warning).update();
        }
        assertThat(json(county.get("/api/v1/situation?domain=DISASTER")).get("warningsByLevel"))
                .as("resolved: counted no more").isEqualTo(before);
    }

    @Test
    void aKeptResultNeverCrossesScopes() {
        Http city = signedIn("viewer", "city");
        if (users.loadForSignIn("viewer.dp02.situation").isEmpty()) {
            users.create(Actor.system(), new UserDraft("viewer.dp02.situation", "Sibling viewer", EnumSet.of(Role.VIEWER),
                    Demo.SIBLING_CITY, null, "password-123", "en"));
        }
        Http sibling = new Http(port);
        assertThat(sibling.login("viewer.dp02.situation", "password-123").location()).doesNotContain("error");
        // the same question, asked first by the city that may see the answer
        assertThat(city.get("/api/v1/risks/heatmap?jurisdiction=DP-01&domain=SITTEST").status()).isEqualTo(200);
        assertThat(city.get("/api/v1/situation?jurisdiction=DP-01").body()).contains("SIT-T1");
        for (String path : List.of("/api/v1/risks/heatmap?jurisdiction=DP-01&domain=SITTEST",
                "/api/v1/situation?jurisdiction=DP-01", "/api/v1/risks/rollup?jurisdiction=DP-01",
                "/situation?jurisdiction=DP-01")) {
            Http.Response answer = sibling.get(path);
            assertThat(answer.body()).as(path).doesNotContain("SIT-T1").doesNotContain("County extreme");
            if (path.startsWith("/api")) {
                assertThat(answer.status()).as(path).isEqualTo(400);
            }
        }
        assertThat(sibling.get("/api/v1/situation").body()).contains("SIT-T4").doesNotContain("SIT-T1");
    }

    @Test
    void aRiskTitledInChineseOnlyIsListedInChineseOnEnglishPagesWithItsLanguage() {
        // A domain of its own, so that the counts of the SITTEST register above stay as they are.
        if (jdbc.sql("select count(*) from risk where code = 'SIT-ZH'").query(Integer.class).single() == 0) {
            jdbc.sql("insert into risk_domain (code, parent_code, name_en, name_zh, position) values "
                    + "('SITZH', null, 'Situation test, Chinese titles', '态势测试（中文标题）', 902)").update();
            JurisdictionRef county = jurisdictions.ref(Demo.COUNTY).orElseThrow();
            jdbc.sql("""
                    insert into risk (code, title_en, title_zh, domain_code, jurisdiction_id, jurisdiction_code,
                        jurisdiction_path, likelihood, impact, score, level, status, review_frequency_days,
                        next_review_date, created_by)
                    values ('SIT-ZH', null, '仅有中文标题的风险', 'SITZH', :jid, :jcode, :jpath, 4, 4, 16, 'HIGH',
                        'ASSESSED', 90, :review, 'test')
                    """).param("jid", county.id()).param("jcode", county.code()).param("jpath", county.path())
                    .param("review", LocalDate.now().minusDays(1)).update();
        }
        Http city = signedIn("viewer", "city");
        String page = city.get("/situation?jurisdiction=DP-01&domain=SITZH&since=2020-01-01").body();
        assertThat(page).containsPattern("<a [^>]*href=\"/risks/SIT-ZH\"[^>]*lang=\"zh\"[^>]*>仅有中文标题的风险</a>");
        assertThat(page).doesNotContainPattern("<a [^>]*href=\"/risks/SIT-ZH\"[^>]*lang=\"en\"");
        JsonNode top = json(city.get("/api/v1/situation?jurisdiction=DP-01&domain=SITZH")).get("topRisks").get(0);
        assertThat(top.get("code").asText()).isEqualTo("SIT-ZH");
        assertThat(top.get("titleEn").isNull()).isTrue();
        assertThat(top.get("titleZh").asText()).isEqualTo("仅有中文标题的风险");
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Http province = signedIn("viewer", "province");
        problem(province.get("/api/v1/risks/heatmap?jurisdiction=NOWHERE"), "jurisdiction", "unknown jurisdiction 'NOWHERE'");
        problem(province.get("/api/v1/risks/heatmap?domain=NOPE"), "domain", "unknown domain 'NOPE'");
        problem(province.get("/api/v1/situation?since=2026-13-01"), "since", "is not a date (YYYY-MM-DD)");
        problem(province.get("/api/v1/situation?jurisdiction=DP&since=yesterday"), "since", "is not a date (YYYY-MM-DD)");
        problem(province.get("/api/v1/risks/heatmap/cell?likelihood=9&impact=1"), "likelihood", "between 1 and 5");
        problem(province.get("/api/v1/risks/heatmap/cell?likelihood=1&impact=0"), "impact", "between 1 and 5");
        Http.Response notANumber = province.get("/api/v1/risks/heatmap/cell?likelihood=x&impact=1");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("likelihood");
        assertThat(province.get("/situation?jurisdiction=NOWHERE&since=bad&domain=NOPE").status()).isEqualTo(200);
    }

    private static void problem(Http.Response r, String field, String reason) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"" + field + "\"").contains(reason);
    }

    /** The domains of the default taxonomy (V50), which the demo register covers. */
    private static final String[] DEFAULT_DOMAINS = {"POLITICAL", "ECONOMIC", "FINANCIAL_DEBT", "FOOD", "ENERGY",
        "RESOURCES", "SOCIAL_STABILITY", "PUBLIC_ORDER", "DISPUTES", "RULE_OF_LAW", "PRODUCTION_SAFETY", "DISASTER",
        "TECHNOLOGY", "NETWORK_DATA"};

    @Test
    void theDemoRegisterCoversEveryDomainAndLevelDownToCounties() {
        List<String> missing = jdbc.sql("""
                select d.code || '@' || l.level from risk_domain d cross join (values (1), (2), (3)) as l(level)
                where d.code = any(:defaults) and not exists (
                    select 1 from risk r join jurisdiction j on j.id = r.jurisdiction_id
                    where r.code like 'R-DP%' and r.domain_code = d.code and j.level = l.level)
                """).param("defaults", DEFAULT_DOMAINS).query(String.class).list();
        assertThat(missing).isEmpty();
        assertThat(jdbc.sql("select count(distinct level) from risk where code like 'R-DP%' and status <> 'CLOSED'")
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from risk r where r.code like 'R-DP%'
                  and (select count(*) from risk_assessment a where a.risk_id = r.id) < 2 and r.status <> 'IDENTIFIED'
                """).query(Integer.class).single()).as("every assessed risk has a history").isLessThan(20);
        assertThat(jdbc.sql("select count(*) from risk_treatment t join risk r on r.id = t.risk_id where r.code like 'R-DP%'")
                .query(Integer.class).single()).isGreaterThan(500);
        assertThat(jdbc.sql("select count(distinct i.indicator_code) from risk_indicator i join risk r on r.id = i.risk_id where r.code like 'R-DP%'").query(Integer.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from risk r where r.code like 'R-DP%' and r.level <> (select a.level from risk_assessment a
                  where a.risk_id = r.id order by a.assessed_at desc limit 1)
                """).query(Integer.class).single()).as("a risk's level is its latest assessment's").isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'risk' and action = 'import' and after_state like '%\"source\":\"demo\"%'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
