package org.rampart.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.support.Sessions.signedIn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class TaskFileWebIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private long count(String prefix) {
        return jdbc.sql("select count(*) from supervision_task where title_en like :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    private static String deadline() {
        return LocalDate.now().plusDays(15).toString();
    }

    @Test
    void theApiImportsWithADryRunFirstAndAnswersEveryProblemInTheCallersLanguage() throws Exception {
        Http coordinator = signedIn(port, "coordinator", "city");
        String t = Sessions.uniqueCode("Api");
        String csv = "title_en,lead_unit,deadline\n" + t + " a,DP-01-EM," + deadline() + "\n" + t + " b,DP-01-WR," + deadline() + "\n";
        Http.Response dry = coordinator.post("/api/v1/tasks/import?dryRun=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.status()).isEqualTo(200);
        JsonNode d = json.readTree(dry.body());
        assertThat(d.get("wouldAssign").asInt()).isEqualTo(2);
        assertThat(d.get("assigned").asInt()).isZero();
        assertThat(count(t)).isZero();

        Http.Response real = coordinator.post("/api/v1/tasks/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(real.status()).isEqualTo(200);
        assertThat(json.readTree(real.body()).get("taskIds")).hasSize(2);
        assertThat(count(t)).isEqualTo(2);

        String bad = "title_en,lead_unt,deadline\nA,DP-01-EM," + deadline() + "\n";
        Http zh = signedIn(port, "officer", "city").language("zh-CN");
        zh.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        Http.Response refused;
        try {
            refused = zh.post("/api/v1/tasks/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        } finally {
            zh.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        }
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = json.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("field").asString()).isEqualTo("lead_unt");
        assertThat(error.get("code").asString()).isEqualTo("supervision.import.column.unknown-suggest");
        assertThat(error.get("reason").asString()).contains("lead_unit").contains("是否指");
    }

    @Test
    void aRowNamingASiblingCitysUnitIsRefusedLikeAnUnknownUnit() throws Exception {
        Http coordinator = signedIn(port, "coordinator", "city");
        String t = Sessions.uniqueCode("Api");
        String csv = "title_en,lead_unit,deadline\n" + t + ",DP-02-EM," + deadline() + "\n" + t + " x,DP-NOPE," + deadline() + "\n";
        Http.Response r = coordinator.post("/api/v1/tasks/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        JsonNode errors = json.readTree(r.body()).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("code").asString()).isEqualTo(errors.get(1).get("code").asString()).isEqualTo("unit.unknown");
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void aViewerMayNeitherImportNorSeeTheImportPage() {
        Http viewer = signedIn(port, "viewer", "city");
        assertThat(viewer.post("/api/v1/tasks/import", "text/csv", "title_en\n".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
        assertThat(viewer.get("/supervision/tasks/import").status()).isEqualTo(403);
    }

    @Test
    void theTemplateExplainsTheColumnsInTheReadersLanguage() throws Exception {
        Http coordinator = signedIn(port, "coordinator", "city").language("zh-CN");
        byte[] xlsx = coordinator.bytes("/supervision/tasks/import/template?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("tasks").getRow(0).getCell(0).getStringCellValue()).isEqualTo("title_en");
            assertThat(book.getSheet("tasks").getLastRowNum()).isZero();
            assertThat(book.getSheet("columns").getRow(6).getCell(0).getStringCellValue()).isEqualTo("lead_unit");
            assertThat(book.getSheet("columns").getRow(6).getCell(2).getStringCellValue()).contains("牵头单位");
        }
        String csv = new String(coordinator.bytes("/supervision/tasks/import/template?format=csv"), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFtitle_en,title_zh,description,jurisdiction,assigning_unit,lead_unit,"
                + "assisting_units,deadline,priority,evidence_required,source_ref\r\n");
    }

    @Test
    void theImportPageChecksThenImportsAndShowsTheRowReport() {
        Http coordinator = signedIn(port, "coordinator", "city");
        Http.Response page = coordinator.get("/supervision/tasks/import");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lead_unit").contains("template?format=xlsx");
        String t = Sessions.uniqueCode("Page");
        String csv = "title_en,lead_unit,deadline\n" + t + ",DP-01-EM," + deadline() + "\n" + t + " bad,DP-01-EM,2001-01-01\n";
        Http.Response checked = upload(coordinator, csv, Map.of("dryRun", "true"));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("data-import-report").contains("2001-01-01").contains("<td>3</td>");
        assertThat(count(t)).isZero();
        Http.Response imported = upload(coordinator, csv, Map.of("skipBad", "true", "dryRun", "false"));
        assertThat(imported.body()).contains("data-assigned=\"1\"");
        assertThat(count(t)).isEqualTo(1);
    }

    private Http.Response upload(Http http, String csv, Map<String, String> fields) {
        String boundary = "----rampart" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", http.csrf());
        all.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tasks.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n--").append(boundary).append("--\r\n");
        return http.send(http.request("/supervision/tasks/import").header("HX-Request", "true")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    @Test
    void exportsAreScopedAndNeutralised() {
        Http coordinator = signedIn(port, "coordinator", "city");
        String t = Sessions.uniqueCode("Exp");
        String csv = "title_en,lead_unit,deadline\n\"@" + t + "\",DP-01-EM," + deadline() + "\n";
        assertThat(coordinator.post("/api/v1/tasks/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        Http.Response export = coordinator.get("/api/v1/tasks/export?format=csv&q=" + t);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.body()).contains("'@" + t);
        Http sibling = signedIn(port, "coordinator", "county");
        assertThat(sibling.get("/api/v1/tasks/export?format=csv&q=" + t).body()).doesNotContain(t);
        assertThat(coordinator.get("/api/v1/tasks/export?format=pdf").status()).isEqualTo(400);
        assertThat(coordinator.get("/api/v1/tasks/export?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void theIncidentPageLoadsTheRectificationPanelAndItMakesTasks() throws Exception {
        Http coordinator = signedIn(port, "coordinator", "city");
        String occurred = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).toString();
        Http.Response reported = coordinator.postJson("/api/v1/incidents", "{\"type\":\"PRODUCTION_SAFETY\",\"subType\":\"FIRE\","
                + "\"title\":\"" + Sessions.uniqueCode("Depot fire") + "\",\"jurisdiction\":\"DP-01-01\",\"occurredAt\":\""
                + occurred + "\",\"deaths\":0,\"seriousInjuries\":0}");
        assertThat(reported.status()).isEqualTo(201);
        long id = json.readTree(reported.body()).get("id").asLong();
        assertThat(coordinator.putJson("/api/v1/incidents/" + id + "/final-report",
                "{\"cause\":\"Wiring\",\"lessons\":\"Inspect\",\"rectification\":\"1. Rewire the depot\\n2. 培训值班人员\"}")
                .status()).isEqualTo(200);
        assertThat(coordinator.get("/incidents/" + id).body()).contains("/supervision/incidents/" + id + "/rectification");
        Http.Response panel = coordinator.get("/supervision/incidents/" + id + "/rectification");
        assertThat(panel.body()).contains("Rewire the depot").contains("培训值班人员").contains("DP-01-01-EM");

        Http.Response made = coordinator.send(coordinator.request("/supervision/incidents/" + id + "/rectification")
                .header("HX-Request", "true").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + coordinator.csrf()
                        + "&item=0&lead_0=DP-01-01-EM&deadline_0=" + deadline() + "&priority_0=HIGH")));
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.body()).contains("supervision/tasks/").contains("DP-01-01-EM");

        JsonNode items = json.readTree(coordinator.get("/api/v1/incidents/" + id + "/rectification").body());
        assertThat(items.get(0).get("tasks")).hasSize(1);
        assertThat(items.get(0).get("tasks").get(0).get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(items.get(1).get("tasks")).isEmpty();

        Http.Response api = coordinator.postJson("/api/v1/incidents/" + id + "/rectification-tasks",
                "{\"items\":[{\"item\":2,\"leadUnit\":\"DP-01-01-PS\",\"deadline\":\"" + deadline() + "\"}]}");
        assertThat(api.status()).isEqualTo(201);
        assertThat(json.readTree(api.body()).get(0).get("sourceRef").asString()).isEqualTo("INC-" + id + "/2");
        assertThat(coordinator.postJson("/api/v1/incidents/" + id + "/rectification-tasks",
                "{\"items\":[{\"item\":2,\"leadUnit\":\"DP-01-01-PS\",\"dueDate\":\"" + deadline() + "\"}]}").status())
                .isEqualTo(400);
        // The county sees its incident, but not the tasks its city assigned (they lie outside the county's scope).
        JsonNode county = json.readTree(signedIn(port, "coordinator", "county").get("/api/v1/incidents/" + id
                + "/rectification").body());
        assertThat(county.get(0).get("tasks")).isEmpty();
        assertThat(signedIn(port, "coordinator", "city").get("/api/v1/incidents/999999999/rectification").status())
                .isEqualTo(404);
    }
}
