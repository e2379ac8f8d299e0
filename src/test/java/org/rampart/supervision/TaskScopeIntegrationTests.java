package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.supervision.TaskFixtures.actor;
import static org.rampart.supervision.TaskFixtures.draft;
import static org.rampart.support.Sessions.signedIn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The task scope matrix: a task is seen by the assigning side's scope and the members of its units; a sibling county
 * or city, or another unit of the same county, can neither read, list nor guess it (page and API answer 404 and
 * nothing of it appears in HTML or JSON).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskScopeIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    UserManagement users;

    Task task;
    long attachmentId;
    String siblingCounty;
    String siblingCity;

    @BeforeAll
    void assign() {
        Actor city = actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE");
        Actor countyEm = actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-EM");
        task = tasks.assign(city, TaskFixtures.titles(draft(Demo.CITY, Demo.COUNTY + "-EM", tasks.today().plusDays(12)),
                Sessions.uniqueCode("Secret levee"), null));
        tasks.accept(countyEm, task.id(), 0);
        tasks.reportProgress(countyEm, task.id(), 1, 10, "Begun",
                List.of(new TaskUpload("plan.pdf", "application/pdf", "plan".getBytes(StandardCharsets.UTF_8))));
        attachmentId = tasks.attachments(city, task.id()).get(0).id();
        siblingCounty = TaskFixtures.user(users, Role.COORDINATOR, Demo.SIBLING_COUNTY, Demo.SIBLING_COUNTY + "-EM");
        siblingCity = TaskFixtures.user(users, Role.COORDINATOR, Demo.SIBLING_CITY, Demo.SIBLING_CITY + "-OFFICE");
    }

    private List<String> addresses() {
        long id = task.id();
        return List.of("/supervision/tasks/" + id, "/supervision/tasks/" + id + "/tree",
                "/supervision/tasks/" + id + "/split", "/supervision/tasks/" + id + "/attachments/" + attachmentId,
                "/api/v1/tasks/" + id, "/api/v1/tasks/" + id + "/history", "/api/v1/tasks/" + id + "/tree",
                "/api/v1/tasks/" + id + "/attachments", "/api/v1/tasks/" + id + "/attachments/" + attachmentId,
                "/api/v1/tasks/" + id + "/instructions", "/api/v1/tasks/" + id + "/extensions",
                "/api/v1/tasks/" + id + "/objections");
    }

    private void cannotSee(Http http, String who) {
        for (String address : addresses()) {
            Http.Response r = http.get(address);
            assertThat(r.status()).as(who + " " + address).isEqualTo(404);
            assertThat(r.body()).as(who + " " + address).doesNotContain(task.titleEn(), "Begun");
        }
        for (String list : List.of("/supervision/tasks", "/supervision/tasks?q=Secret", "/supervision/my-work",
                "/api/v1/tasks?size=500", "/api/v1/tasks?q=Secret", "/api/v1/tasks?unit=" + Demo.COUNTY + "-EM",
                "/api/v1/tasks?jurisdiction=" + Demo.COUNTY, "/api/v1/tasks/my-work")) {
            Http.Response r = http.get(list);
            assertThat(r.status()).as(who + " " + list).isEqualTo(200);
            assertThat(r.body()).as(who + " " + list).doesNotContain(task.titleEn());
        }
        Http.Response accept = http.postJson("/api/v1/tasks/" + task.id() + "/accept", "{\"version\":1}");
        assertThat(accept.status()).as(who + " accept").isEqualTo(404);
        Http.Response page = http.postForm("/supervision/tasks/" + task.id() + "/verify", Map.of("version", "1"));
        assertThat(page.status()).as(who + " verify form").isEqualTo(404);
    }

    @Test
    void aSiblingCountyUnitCannotReadListOrGuessTheTask() {
        cannotSee(TaskFixtures.signedInAs(port, siblingCounty), "sibling county");
    }

    @Test
    void aSiblingCityCannotReadListOrGuessTheTask() {
        cannotSee(TaskFixtures.signedInAs(port, siblingCity), "sibling city");
    }

    @Test
    void anotherUnitOfTheSameCountyCannotReadTheTask() {
        cannotSee(signedIn(port, "analyst", "county"), "county development unit");
    }

    @Test
    void theCountyUnitSeesItsOwnTaskAndTheAssigningCityToo() {
        for (Http http : List.of(signedIn(port, "reporter", "county"), signedIn(port, "viewer", "city"),
                signedIn(port, "viewer", "province"))) {
            for (String address : addresses()) {
                if (address.endsWith("/split")) {
                    continue;
                }
                Http.Response r = http.get(address);
                assertThat(r.status()).as(address).isEqualTo(200);
            }
            assertThat(http.get("/api/v1/tasks?size=500&q=Secret").body()).contains(task.titleEn());
            assertThat(http.get("/supervision/tasks?q=Secret").body()).contains(task.titleEn());
        }
    }
}
