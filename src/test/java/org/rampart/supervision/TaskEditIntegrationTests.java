package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.support.Sessions.signedIn;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The assigning side edits the words of an open task: checked, versioned, recorded in the history and the audit log. */
@IntegrationTest
class TaskEditIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode read(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    private static String firstCode(JsonNode problem) {
        return problem.path("errors").get(0).path("code").asString();
    }

    @Test
    void theAssigningSideEditsAnOpenTaskAndNobodyElseDoes() {
        Http city = signedIn(port, "coordinator", "city");
        Http county = signedIn(port, "officer", "county");
        LocalDate deadline = tasks.today().plusDays(10);
        String title = Sessions.uniqueCode("Repair the dyke");
        JsonNode created = read(city.postJson("/api/v1/tasks", TaskFixtures.json(title, Demo.CITY, Demo.COUNTY + "-EM",
                deadline, null)), 201);
        long id = created.path("id").asLong();
        String path = "/api/v1/tasks/" + id;

        assertThat(county.putJson(path, "{\"version\":0,\"titleEn\":\"Mine now\"}").status()).isEqualTo(403);
        assertThat(city.putJson(path, "{\"version\":5,\"titleEn\":\"Stale\"}").status()).isEqualTo(409);
        assertThat(firstCode(read(city.putJson(path, "{\"version\":0,\"titleEn\":\" \",\"titleZh\":\"\"}"), 400)))
                .isEqualTo("name.required");
        JsonNode unknown = read(city.putJson(path, "{\"version\":0,\"titleEn\":\"X\",\"deadline\":\"2030-01-01\"}"), 400);
        assertThat(unknown.toString()).contains("deadline");

        JsonNode edited = read(city.putJson(path, "{\"version\":0,\"titleEn\":\"" + title + " (east bank)\","
                + "\"titleZh\":\"修复堤坝\",\"priority\":\"URGENT\",\"evidenceRequired\":\"Photos of the repair\"}"), 200);
        assertThat(edited.path("titleEn").asString()).isEqualTo(title + " (east bank)");
        assertThat(edited.path("titleZh").asString()).isEqualTo("修复堤坝");
        assertThat(edited.path("priority").asString()).isEqualTo("URGENT");
        assertThat(edited.path("version").asInt()).isEqualTo(1);
        assertThat(edited.path("status").asString()).isEqualTo("ASSIGNED");

        JsonNode history = read(city.get(path + "/history"), 200);
        assertThat(history.findValuesAsString("kind")).containsExactly("ASSIGNED", "EDITED");
        String after = jdbc.sql("""
                select after_state from audit_entry
                 where entity_type = 'supervision_task' and entity_id = :id and action = 'edit'""")
                .param("id", Long.toString(id)).query(String.class).single();
        assertThat(after).contains("URGENT").contains("修复堤坝");

        JsonNode same = read(city.putJson(path, "{\"version\":1,\"titleEn\":\"" + title + " (east bank)\","
                + "\"titleZh\":\"修复堤坝\",\"priority\":\"URGENT\",\"evidenceRequired\":\"Photos of the repair\"}"), 200);
        assertThat(same.path("version").asInt()).as("nothing changed, nothing written").isEqualTo(1);

        read(city.postJson(path + "/cancel", "{\"version\":1,\"reason\":\"Merged into another task\"}"), 200);
        assertThat(firstCode(read(city.putJson(path, "{\"version\":2,\"titleEn\":\"Too late\"}"), 400)))
                .isEqualTo("supervision.task.closed");
    }

    @Test
    void theTaskPageOffersTheEditFormToTheAssigningSideOnly() {
        Http city = signedIn(port, "coordinator", "city");
        Http county = signedIn(port, "officer", "county");
        JsonNode created = read(city.postJson("/api/v1/tasks", TaskFixtures.json(Sessions.uniqueCode("Check shelters"),
                Demo.CITY, Demo.COUNTY + "-EM", tasks.today().plusDays(8), null)), 201);
        long id = created.path("id").asLong();
        assertThat(city.get("/supervision/tasks/" + id).body()).contains("id=\"action-edit\"");
        assertThat(county.get("/supervision/tasks/" + id).body()).doesNotContain("id=\"action-edit\"");
        Http.Response refused = city.postForm("/supervision/tasks/" + id + "/edit", java.util.Map.of("version", "0", "titleEn", "", "titleZh", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"");
        Http.Response saved = city.postForm("/supervision/tasks/" + id + "/edit",
                java.util.Map.of("version", "0", "titleEn", "Check the shelters", "priority", "LOW"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(tasks.get(org.rampart.shared.Actor.system(), id).titleEn()).isEqualTo("Check the shelters");
    }
}
