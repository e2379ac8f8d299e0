package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.support.Sessions.signedIn;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class TaskApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;

    private final JsonMapper json = JsonMapper.builder().build();
    private LocalDate deadline;

    @BeforeEach
    void setUp() {
        deadline = tasks.today().plusDays(15);
    }

    private JsonNode read(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    private JsonNode create(Http http, String title, String lead, String evidence) {
        return read(http.postJson("/api/v1/tasks", TaskFixtures.json(title, Demo.CITY, lead, deadline, evidence)), 201);
    }

    private static String firstCode(JsonNode problem) {
        return problem.path("errors").get(0).path("code").asString();
    }

    @Test
    void aTaskIsAssignedAcceptedSubmittedWithEvidenceAndVerifiedOnceThroughTheApi() {
        Http city = signedIn(port, "coordinator", "city");
        Http county = signedIn(port, "officer", "county");
        String title = Sessions.uniqueCode("Clear the drains");
        JsonNode created = create(city, title, Demo.COUNTY + "-EM", "Photos of each drain");
        long id = created.path("id").asLong();
        assertThat(created.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(created.path("priority").asString()).isEqualTo("HIGH");
        assertThat(created.path("leadUnit").path("code").asString()).isEqualTo(Demo.COUNTY + "-EM");
        assertThat(created.path("jurisdiction").asString()).isEqualTo(Demo.CITY);
        assertThat(created.has("jurisdictionPath")).as("no internal paths").isFalse();

        JsonNode list = read(county.get("/api/v1/tasks?status=ASSIGNED&q=" + title.replace(" ", "%20")), 200);
        assertThat(list.path("items").findValuesAsString("titleEn")).containsExactly(title);

        Http.Response stale = county.postJson("/api/v1/tasks/" + id + "/accept", "{\"version\":7}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).contains("application/problem+json");
        Http.Response noVersion = county.postJson("/api/v1/tasks/" + id + "/accept", "{}");
        assertThat(firstCode(read(noVersion, 400))).isEqualTo("value.required");
        JsonNode accepted = read(county.postJson("/api/v1/tasks/" + id + "/accept", "{\"version\":0}"), 200);
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        int version = accepted.path("version").asInt();

        JsonNode report = read(county.postJson("/api/v1/tasks/" + id + "/progress",
                "{\"version\":" + version + ",\"percent\":60,\"text\":\"Six of ten drains clear\"}"), 201);
        assertThat(report.path("kind").asString()).isEqualTo("PROGRESS");
        version++;

        Http.Response withoutEvidence = county.postJson("/api/v1/tasks/" + id + "/submit",
                "{\"version\":" + version + ",\"text\":\"All clear\"}");
        assertThat(firstCode(read(withoutEvidence, 400))).isEqualTo("supervision.task.evidence-required");
        JsonNode submitted = read(TaskFixtures.multipart(county, "/api/v1/tasks/" + id + "/submit",
                Map.of("version", Integer.toString(version), "text", "All clear"),
                Map.of("drains.pdf", "%PDF-1.4 drains".getBytes())), 200);
        assertThat(submitted.path("status").asString()).isEqualTo("SUBMITTED");

        JsonNode attachments = read(city.get("/api/v1/tasks/" + id + "/attachments"), 200);
        assertThat(attachments.findValuesAsString("filename")).containsExactly("drains.pdf");
        Http.Response file = city.get("/api/v1/tasks/" + id + "/attachments/" + attachments.get(0).path("id").asLong());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).startsWith("attachment");

        Http.Response notYours = county.postJson("/api/v1/tasks/" + id + "/verify",
                "{\"version\":" + submitted.path("version").asInt() + "}");
        assertThat(notYours.status()).isEqualTo(403);
        JsonNode done = read(city.postJson("/api/v1/tasks/" + id + "/verify",
                "{\"version\":" + submitted.path("version").asInt() + ",\"note\":\"Seen on site\"}"), 200);
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        Http.Response again = city.postJson("/api/v1/tasks/" + id + "/verify",
                "{\"version\":" + done.path("version").asInt() + "}");
        assertThat(firstCode(read(again, 400))).isEqualTo("supervision.task.cannot-verify");

        JsonNode history = read(city.get("/api/v1/tasks/" + id + "/history"), 200);
        assertThat(history.findValuesAsString("kind")).containsExactly("ASSIGNED", "ACCEPTED", "PROGRESS", "SUBMITTED",
                "VERIFIED");
    }

    @Test
    void badInputIsRefusedWithProblemCodesAndUnknownMembersAreRefused() {
        Http city = signedIn(port, "coordinator", "city");
        Http.Response past = city.postJson("/api/v1/tasks", TaskFixtures.json("Late", Demo.CITY, Demo.COUNTY + "-EM",
                tasks.today().minusDays(1), null));
        assertThat(firstCode(read(past, 400))).isEqualTo("supervision.task.deadline-past");
        Http.Response sibling = city.postJson("/api/v1/tasks", TaskFixtures.json("Sibling", Demo.CITY,
                Demo.SIBLING_COUNTY + "-EM", deadline, null));
        JsonNode siblingProblem = read(sibling, 400);
        assertThat(firstCode(siblingProblem)).isEqualTo("unit.unknown");
        assertThat(siblingProblem.path("errors").get(0).path("field").asString()).isEqualTo("leadUnit");
        Http.Response unknownMember = city.postJson("/api/v1/tasks", "{\"titleEn\":\"x\",\"colour\":\"red\"}");
        assertThat(firstCode(read(unknownMember, 400))).startsWith("member.unknown");
        Http.Response badEnum = city.get("/api/v1/tasks?status=FINISHED");
        assertThat(firstCode(read(badEnum, 400))).isEqualTo("value.one-of");

        JsonNode batch = read(city.postJson("/api/v1/tasks/batch", "{\"tasks\":[" + TaskFixtures.json("A", Demo.CITY,
                Demo.COUNTY + "-EM", deadline, null) + "," + TaskFixtures.json("B", Demo.CITY, "NOPE", deadline, null)
                + "]}"), 400);
        assertThat(batch.path("errors").get(0).path("index").asInt()).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentNamesTheActionsAndTheEnumValues() {
        String doc = new Http(port).get("/v3/api-docs").body();
        assertThat(doc).contains("/api/v1/tasks/{id}/accept", "/api/v1/tasks/{id}/split", "/api/v1/tasks/{id}/verify",
                "/api/v1/supervision/objection-types/{code}", "SENT_BACK", "INCIDENT_RECTIFICATION", "URGENT");
    }

    @Test
    void onlyAWholeTreeAdministratorChangesTheObjectionTypesAndTheyAreAudited() {
        String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Http coordinator = signedIn(port, "coordinator", "province");
        assertThat(coordinator.putJson("/api/v1/supervision/objection-types/" + code,
                "{\"nameEn\":\"Budget\",\"nameZh\":\"预算\",\"position\":5,\"active\":true}").status()).isEqualTo(403);
        Http cityAdmin = signedIn(port, "administrator", "city");
        assertThat(cityAdmin.putJson("/api/v1/supervision/objection-types/" + code,
                "{\"nameEn\":\"Budget\",\"nameZh\":\"预算\",\"position\":5,\"active\":true}").status()).isEqualTo(403);
        Http admin = signedIn(port, "administrator", "province");
        JsonNode saved = read(admin.putJson("/api/v1/supervision/objection-types/" + code,
                "{\"nameEn\":\"Budget\",\"nameZh\":\"预算\",\"position\":5,\"active\":true}"), 200);
        assertThat(saved.path("code").asString()).isEqualTo(code);
        JsonNode bad = read(admin.putJson("/api/v1/supervision/objection-types/bad-code",
                "{\"nameEn\":\"x\"}"), 400);
        assertThat(firstCode(bad)).isEqualTo("supervision.objection.code-invalid");
        JsonNode types = read(coordinator.get("/api/v1/supervision/objection-types"), 200);
        assertThat(types.findValuesAsString("code")).contains(code, "NOT_OUR_RESPONSIBILITY");
        read(admin.putJson("/api/v1/supervision/objection-types/" + code,
                "{\"nameEn\":\"Budget\",\"nameZh\":\"预算\",\"position\":5,\"active\":false}"), 200);
        assertThat(read(coordinator.get("/api/v1/supervision/objection-types"), 200).findValuesAsString("code"))
                .doesNotContain(code);
        JsonNode audit = read(admin.get("/api/v1/audit?entityType=supervision_objection_type&entityId=" + code), 200);
        assertThat(audit.path("items").findValuesAsString("action")).containsExactly("update", "create");
    }
}
