package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.incident.IncidentFixtures.PNG;
import static org.rampart.incident.IncidentFixtures.ago;
import static org.rampart.incident.IncidentFixtures.body;
import static org.rampart.incident.IncidentFixtures.patch;
import static org.rampart.support.Sessions.signedIn;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
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
class IncidentApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IncidentTimers timers;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode create(Http http, String jurisdiction, int deaths) {
        Http.Response r = http.postJson("/api/v1/incidents", body(jurisdiction, ago(30), null, deaths, 0, "10"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    @Test
    void aReporterReportsAnIncidentWhichIsGradedAndGetsItsReportingChain() {
        Http reporter = signedIn(port, "reporter", "county");
        JsonNode created = create(reporter, Demo.COUNTY, 3);
        assertThat(created.path("grade").asString()).isEqualTo("III");
        assertThat(created.path("gradeExplanation").asString()).isEqualTo("deaths 3 >= 3 (III)");
        assertThat(created.path("status").asString()).isEqualTo("REPORTED");
        assertThat(created.path("reporter").asString()).isEqualTo("reporter.county");
        assertThat(created.path("chain").findValuesAsString("jurisdiction"))
                .containsExactly(Demo.COUNTY, Demo.CITY, Demo.PROVINCE);
        Instant reported = Instant.parse(created.path("reportedAt").asString());
        assertThat(Instant.parse(created.path("chain").get(0).path("dueAt").asString())).isEqualTo(reported.plusSeconds(3600));
        assertThat(Instant.parse(created.path("chain").get(2).path("dueAt").asString()))
                .isEqualTo(reported.plusSeconds(5 * 3600));
        long id = created.path("id").asLong();

        JsonNode read = json.readTree(reporter.get("/api/v1/incidents/" + id).body());
        assertThat(read.path("warningRefs").isEmpty()).isTrue();
        JsonNode timeline = json.readTree(reporter.get("/api/v1/incidents/" + id + "/timeline").body());
        assertThat(timeline.get(0).path("kind").asString()).isEqualTo("REPORTED");
        assertThat(timeline.get(0).path("author").asString()).isEqualTo("reporter.county");

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=incident&entityId=" + id).body());
        assertThat(audit.path("items").get(0).path("action").asString()).isEqualTo("create");
    }

    @Test
    void aChangeOfFiguresRegradesRecordsTheFiguresAndARisingGradeExtendsTheChainAtOnce() {
        Http reporter = signedIn(port, "reporter", "county");
        long id = create(reporter, Demo.COUNTY, 1).path("id").asLong();
        Http.Response changed = patch(reporter, "/api/v1/incidents/" + id, "{\"deaths\":12}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode after = json.readTree(changed.body());
        assertThat(after.path("grade").asString()).isEqualTo("II");
        assertThat(after.path("title").asString()).isEqualTo("Roof fall in coal mine");
        assertThat(after.path("chain").findValuesAsString("jurisdiction"))
                .containsExactly(Demo.COUNTY, Demo.CITY, Demo.PROVINCE, "national");
        assertThat(after.path("chain").get(3).path("external").asBoolean()).isTrue();
        assertThat(after.path("supplementaryDueAt").isNull()).as("casualties changed within 30 days").isFalse();

        JsonNode changes = json.readTree(reporter.get("/api/v1/incidents/" + id + "/grade-changes").body());
        assertThat(changes.size()).isEqualTo(2);
        assertThat(changes.get(1).path("from").asString()).isEqualTo("IV");
        assertThat(changes.get(1).path("to").asString()).isEqualTo("II");
        assertThat(changes.get(1).path("figures").asString()).contains("\"deaths\": 12");

        Http.Response report = reporter.postJson("/api/v1/incidents/" + id + "/reports", "{\"text\":\"12 confirmed dead\"}");
        assertThat(report.status()).isEqualTo(201);
        assertThat(json.readTree(reporter.get("/api/v1/incidents/" + id).body()).path("supplementaryDueAt").isNull()).isTrue();
    }

    @Test
    void aCoordinatorOverridesTheGradeOnlyWithAReasonAndItIsAudited() {
        Http reporter = signedIn(port, "reporter", "county");
        long id = create(reporter, Demo.COUNTY, 0).path("id").asLong();
        assertThat(reporter.putJson("/api/v1/incidents/" + id + "/grade-override", "{\"grade\":\"III\",\"reason\":\"x\"}")
                .status()).isEqualTo(403);
        Http coordinator = signedIn(port, "coordinator", "city");
        Http.Response noReason = coordinator.putJson("/api/v1/incidents/" + id + "/grade-override", "{\"grade\":\"III\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(json.readTree(noReason.body()).path("errors").get(0).path("field").asString()).isEqualTo("reason");
        Http.Response ok = coordinator.putJson("/api/v1/incidents/" + id + "/grade-override",
                "{\"grade\":\"III\",\"reason\":\"school nearby, public concern\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode after = json.readTree(ok.body());
        assertThat(after.path("grade").asString()).isEqualTo("III");
        assertThat(after.path("computedGrade").asString()).isEqualTo("IV");
        assertThat(after.path("chain").findValuesAsString("jurisdiction")).contains(Demo.PROVINCE);
        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=incident&entityId=" + id).body());
        assertThat(audit.path("items").get(0).path("action").asString()).isEqualTo("override-grade");
        assertThat(audit.path("items").get(0).path("after").asString()).contains("school nearby");
    }

    @Test
    void badReportsAreRefusedNamingEachFieldAndNothingIsWritten() {
        Http reporter = signedIn(port, "reporter", "county");
        long before = jdbc.sql("select count(*) from incident").query(Long.class).single();
        Http.Response bad = reporter.postJson("/api/v1/incidents", """
                {"type":"METEOR","title":"","jurisdiction":"NO-SUCH-PLACE","occurredAt":"2999-01-01T00:00:00Z",
                 "deaths":-1,"seriousInjuries":-2,"missing":-3,"affected":-4,"economicLoss":-5,"longitude":200}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(bad.body()).path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("type",
                "title", "jurisdiction", "occurredAt", "deaths", "seriousInjuries", "missing", "affected", "economicLoss",
                "latitude");
        Http.Response afterReport = reporter.postJson("/api/v1/incidents", body(Demo.COUNTY, ago(10), ago(20), 0, 0, "0"));
        assertThat(afterReport.status()).isEqualTo(400);
        assertThat(afterReport.body()).contains("must not be after the report time");
        Http.Response badTime = reporter.postJson("/api/v1/incidents", body(Demo.COUNTY, "yesterday", null, 0, 0, "0"));
        assertThat(badTime.body()).contains("is not an ISO-8601 time");
        Http.Response outside = reporter.postJson("/api/v1/incidents", body(Demo.SIBLING_COUNTY, ago(10), null, 0, 0, "0"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("unknown jurisdiction '" + Demo.SIBLING_COUNTY + "'");
        assertThat(jdbc.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(before);
        Http viewer = signedIn(port, "viewer", "province");
        assertThat(viewer.postJson("/api/v1/incidents", body(Demo.COUNTY, ago(10), null, 0, 0, "0")).status()).isEqualTo(403);
    }

    @Test
    void aCityOfficerCannotReadListExportOrGuessAnIncidentOfTheSiblingCity() throws Exception {
        Http province = signedIn(port, "coordinator", "province");
        long sibling = create(province, Demo.SIBLING_COUNTY, 0).path("id").asLong();
        long own = create(province, Demo.COUNTY, 0).path("id").asLong();
        Http city = signedIn(port, "officer", "city");
        assertThat(city.get("/api/v1/incidents/" + own).status()).isEqualTo(200);
        for (String path : List.of("", "/timeline", "/grade-changes", "/attachments/1")) {
            Http.Response r = city.get("/api/v1/incidents/" + sibling + path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).doesNotContain("Roof fall");
        }
        assertThat(patch(city, "/api/v1/incidents/" + sibling, "{\"deaths\":1}").status()).isEqualTo(404);
        assertThat(city.postJson("/api/v1/incidents/" + sibling + "/actions", "{\"type\":\"RESCUE\",\"text\":\"x\"}")
                .status()).isEqualTo(404);
        String list = city.get("/api/v1/incidents?size=500").body();
        assertThat(list).contains("\"id\":" + own + ",").doesNotContain("\"id\":" + sibling + ",")
                .doesNotContain(Demo.SIBLING_COUNTY);
        assertThat(city.get("/api/v1/incidents?jurisdiction=" + Demo.SIBLING_CITY).status()).isEqualTo(400);
        List<String> exported = exportedJurisdictions(city);
        assertThat(exported).contains(Demo.COUNTY).doesNotContain(Demo.SIBLING_COUNTY)
                .allMatch(code -> code.startsWith(Demo.CITY));
        assertThat(city.get("/incidents/" + sibling).status()).isEqualTo(404);
        assertThat(city.get("/incidents/" + sibling + "/report.pdf").status()).isEqualTo(404);
        assertThat(province.get("/api/v1/incidents?jurisdiction=" + Demo.SIBLING_CITY + "&size=500").body())
                .contains("\"id\":" + sibling + ",");
    }

    /** The jurisdiction column of the XLSX export, read with POI through an API token of the signed-in user. */
    private List<String> exportedJurisdictions(Http session) throws Exception {
        Http.Response token = session.postJson("/api/v1/tokens", "{\"name\": \"export test\", \"days\": 1, \"readOnly\": true}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        String secret = json.readTree(token.body()).path("secret").asString();
        java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/incidents/export.xlsx"))
                .header("Authorization", "Bearer " + secret).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        List<String> codes = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(answer.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("jurisdiction");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(4).getStringCellValue());
            }
        }
        return codes;
    }

    private String risk(String role, String place, String jurisdiction) {
        String code = "INC-LINK-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Http.Response r = signedIn(port, role, place).postJson("/api/v1/risks", """
                {"code":"%s","titleEn":"Tailings dam %s","titleZh":"尾矿库 %s","descriptionEn":"Seepage",
                 "descriptionZh":"渗漏","domain":"DISASTER","jurisdiction":"%s","likelihood":2,"impact":3,
                 "reason":"first assessment"}""".formatted(code, code, code, jurisdiction));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    @Test
    void linksMustNameWarningsAndRisksInTheReportersScope() {
        String risk = risk("analyst", "city", Demo.CITY);
        String foreignRisk = risk("analyst", "province", Demo.SIBLING_CITY);
        String cityPath = jdbc.sql("select path from jurisdiction where code = :c").param("c", Demo.CITY)
                .query(String.class).single();
        // a warning of the city when the demo data has one; otherwise only the refusal of an unknown one is shown
        java.util.Optional<Long> warning = jdbc.sql(
                "select id from warning where jurisdiction_path like :p || '%' order by id limit 1")
                .param("p", cityPath).query(Long.class).optional();
        Http reporter = signedIn(port, "reporter", "city");
        String base = body(Demo.CITY, ago(30), null, 0, 0, "1");

        Http.Response bad = reporter.postJson("/api/v1/incidents", base.replace("\"warningRefs\":[],\"riskRefs\":[]",
                "\"warningRefs\":[\"W-999999999\"],\"riskRefs\":[\"" + risk + "\",\"" + foreignRisk + "\"]"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("warningRefs", "W-999999999", "riskRefs", foreignRisk)
                .doesNotContain("'" + risk + "'");

        Http.Response good = reporter.postJson("/api/v1/incidents", base.replace("\"warningRefs\":[],\"riskRefs\":[]",
                "\"warningRefs\":[" + warning.map(w -> "\"W-" + w + "\"").orElse("") + "],\"riskRefs\":[\"" + risk + "\"]"));
        assertThat(good.status()).as(good.body()).isEqualTo(201);
        JsonNode created = json.readTree(good.body());
        warning.ifPresent(w -> assertThat(created.path("warningRefs").get(0).asString()).isEqualTo("W-" + w));
        assertThat(created.path("riskRefs").get(0).asString()).isEqualTo(risk);
        Http.Response patched = patch(reporter, "/api/v1/incidents/" + created.path("id").asLong(),
                "{\"riskRefs\":[\"" + risk + "\",\"" + foreignRisk + "\"]}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(400);
        assertThat(patched.body()).contains(foreignRisk);
    }

    @Test
    void onlyEachLevelsDutyOfficersConfirmAndOverdueStepsAreReportedUpOnce() {
        Http reporter = signedIn(port, "reporter", "county");
        Http.Response r = reporter.postJson("/api/v1/incidents", body(Demo.COUNTY, ago(200), ago(190), 0, 0, "0"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode created = json.readTree(r.body());
        long id = created.path("id").asLong();
        long county = created.path("chain").get(0).path("id").asLong();
        long city = created.path("chain").get(1).path("id").asLong();
        assertThat(created.path("overdue").asBoolean()).as("the county was due 130 minutes ago").isTrue();
        assertThat(reporter.get("/api/v1/incidents?overdue=true&size=500").body()).contains("\"id\":" + id + ",");

        Http cityOfficer = signedIn(port, "officer", "city");
        assertThat(cityOfficer.postJson("/api/v1/incidents/" + id + "/chain/" + county + "/confirm", "{}").status())
                .isEqualTo(403);
        assertThat(reporter.postJson("/api/v1/incidents/" + id + "/chain/" + county + "/confirm", "{}").status())
                .isEqualTo(403);
        Http countyOfficer = signedIn(port, "officer", "county");
        Http.Response confirmed = countyOfficer.postJson("/api/v1/incidents/" + id + "/chain/" + county + "/confirm", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(json.readTree(confirmed.body()).path("confirmedBy").asString()).isEqualTo("officer.county");
        assertThat(countyOfficer.postJson("/api/v1/incidents/" + id + "/chain/" + county + "/confirm", "{}").status())
                .isEqualTo(409);

        Instant later = Instant.now().plusSeconds(3 * 3600);
        timers.overdue(later);
        timers.overdue(later);
        long overdueEntries = jdbc.sql("select count(*) from incident_event where incident_id = :id and kind = 'OVERDUE'")
                .param("id", id).query(Long.class).single();
        assertThat(overdueEntries).as("the city step only, once").isEqualTo(1);
        assertThat(jdbc.sql("select overdue_at is not null from incident_report_step where id = :s").param("s", city)
                .query(Boolean.class).single()).isTrue();
        assertThat(cityOfficer.postJson("/api/v1/incidents/" + id + "/chain/" + city + "/confirm", "{}").status())
                .isEqualTo(200);
    }

    @Test
    void theStatusMovesForwardAndClosingNeedsTheFinalReport() {
        Http reporter = signedIn(port, "reporter", "county");
        long id = create(reporter, Demo.COUNTY, 0).path("id").asLong();
        String path = "/api/v1/incidents/" + id;
        assertThat(reporter.postJson(path + "/status", "{\"status\":\"CLOSED\"}").status()).isEqualTo(400);
        for (String s : List.of("VERIFIED", "RESPONDING", "STABILISED")) {
            Http.Response r = reporter.postJson(path + "/status", "{\"status\":\"" + s + "\",\"note\":\"ok\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        assertThat(reporter.postJson(path + "/actions", "{\"type\":\"ROADS_CLOSED\",\"text\":\"G4 closed at km 12\"}")
                .status()).isEqualTo(201);
        assertThat(reporter.postJson(path + "/actions", "{\"type\":\"DANCING\",\"text\":\"x\"}").status()).isEqualTo(400);
        Http.Response early = reporter.postJson(path + "/status", "{\"status\":\"CLOSED\"}");
        assertThat(early.body()).contains("closing needs the final report first");
        assertThat(reporter.putJson(path + "/final-report", "{\"cause\":\"roof bolts\",\"lessons\":\"\"}").status())
                .isEqualTo(400);
        assertThat(reporter.putJson(path + "/final-report",
                "{\"cause\":\"roof bolts\",\"lessons\":\"inspect\",\"rectification\":\"replace bolts\\nretrain\"}").status())
                .isEqualTo(200);
        Http.Response closed = reporter.postJson(path + "/status", "{\"status\":\"CLOSED\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(json.readTree(closed.body()).path("nextFollowUpAt").isNull()).isTrue();
        assertThat(patch(reporter, path, "{\"deaths\":1}").status()).isEqualTo(409);
        JsonNode timeline = json.readTree(reporter.get(path + "/timeline").body());
        assertThat(timeline.findValuesAsString("kind")).contains("ACTION", "FINAL_REPORT", "STATUS_CHANGED");
    }

    private Http.Response upload(Http http, long id, String fileName, String contentType, byte[] content) {
        String boundary = "----rampart" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request("/api/v1/incidents/" + id + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", http.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void aFractionOfAPersonIsRefusedNamingTheMemberAndNothingIsStored() {
        Http reporter = signedIn(port, "reporter", "county");
        long before = jdbc.sql("select count(*) from incident").query(Long.class).single();
        Http.Response r = reporter.postJson("/api/v1/incidents",
                body(Demo.COUNTY, ago(30), null, 0, 0, "10").replace("\"deaths\":0", "\"deaths\":2.7"));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(json.readTree(r.body()).path("errors").get(0).path("field").asString()).isEqualTo("deaths");
        assertThat(jdbc.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void photosMustBeImagesAndUploadsOverTheLimitAreRefusedWith413() {
        Http reporter = signedIn(port, "reporter", "county");
        long id = create(reporter, Demo.COUNTY, 0).path("id").asLong();
        Http.Response ok = upload(reporter, id, "scene.png", "image/png", PNG);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        JsonNode attachment = json.readTree(ok.body());
        assertThat(attachment.path("contentType").asString()).isEqualTo("image/png");
        Http.Response download = reporter.get(attachment.path("href").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");

        Http.Response fake = upload(reporter, id, "scene.jpg", "image/jpeg", "<script>alert(1)</script>".getBytes());
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.body()).contains("claims to be an image");
        Http.Response pdf = upload(reporter, id, "plan.pdf", "application/pdf", "%PDF-1.4 test".getBytes());
        assertThat(pdf.status()).isEqualTo(201);

        long size = 200L * 1024 * 1024;
        String boundary = "----rampart-big";
        HttpRequest.BodyPublisher huge = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                        left -= n;
                        return n;
                    }
                }), size);
        Http.Response big;
        try {
            big = reporter.send(reporter.request("/api/v1/incidents/" + id + "/attachments")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("X-CSRF-TOKEN", reporter.csrf()).POST(huge));
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.header("Content-Type")).contains("application/problem+json");
        } catch (java.io.UncheckedIOException e) {
            // the server may answer 413 and close the connection before the client has sent everything
        }
        assertThat(json.readTree(reporter.get("/api/v1/incidents/" + id).body()).path("attachments").size()).isEqualTo(2);
    }

    @Test
    void administratorsEditTheGradingRulesOfATypeWhichAreValidatedAndAudited() {
        Http admin = signedIn(port, "administrator", "province");
        JsonNode decree = json.readTree(admin.get("/api/v1/incident-grading-rules/PRODUCTION_SAFETY").body());
        assertThat(decree.path("criteria").get(0).path("figure").asString()).isEqualTo("DEATHS");
        assertThat(decree.path("criteria").get(0).path("atLeastIII").asInt()).isEqualTo(3);
        // The cyber defaults plus a criterion no demo incident reaches: saving regrades the open incidents of the type
        String rules = """
                {"criteria":[{"figure":"AFFECTED","atLeastI":10000000,"atLeastII":1000000,"atLeastIII":100000},
                 {"figure":"ECONOMIC_LOSS","atLeastI":10000,"atLeastII":1000,"atLeastIII":100},
                 {"figure":"MISSING","atLeastIII":5}]}""";
        Http coordinator = signedIn(port, "coordinator", "province");
        assertThat(coordinator.putJson("/api/v1/incident-grading-rules/CYBER_DATA", rules).status()).isEqualTo(403);
        Http.Response bad = admin.putJson("/api/v1/incident-grading-rules/CYBER_DATA",
                "{\"criteria\":[{\"figure\":\"AFFECTED\",\"atLeastI\":5,\"atLeastII\":10}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).path("errors").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(admin.putJson("/api/v1/incident-grading-rules/CYBER_DATA", rules).status()).isEqualTo(200);
        Http.Response created = admin.postJson("/api/v1/incidents", """
                {"type":"CYBER_DATA","subType":"RANSOMWARE","title":"Hospital systems encrypted","jurisdiction":"DP-01",
                 "occurredAt":"%s","missing":7}""".formatted(ago(5)));
        assertThat(json.readTree(created.body()).path("grade").asString()).isEqualTo("III");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=incident-grading-rule&entityId=CYBER_DATA").body());
        assertThat(audit.path("items").size()).isEqualTo(1);
        assertThat(admin.putJson("/api/v1/incident-grading-rules/CYBER_DATA",
                json.writeValueAsString(java.util.Map.of("criteria", GradingRuleSet.defaultFor(IncidentType.CYBER_DATA)
                        .criteria()))).status()).isEqualTo(200);
    }
}
