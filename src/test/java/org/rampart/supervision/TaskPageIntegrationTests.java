package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.supervision.TaskFixtures.actor;
import static org.rampart.supervision.TaskFixtures.draft;
import static org.rampart.support.Sessions.signedIn;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TaskPageIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;
    @Autowired
    JurisdictionManagement jurisdictions;

    private Actor cityCoordinator() {
        return actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE");
    }

    private Task assign(String title, LocalDate deadline) {
        TaskDraft d = draft(Demo.CITY, Demo.COUNTY + "-EM", deadline);
        return tasks.assign(cityCoordinator(), TaskFixtures.titles(d, title, null));
    }

    @Test
    void theNewTaskFormAssignsATaskAndShowsProblemsInTheReadersLanguage() {
        Http city = signedIn(port, "coordinator", "city");
        Http.Response form = city.get("/supervision/tasks/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"leadUnit\"", "data-jurisdiction-picker", "list=\"unit-options\"",
                "value=\"" + Demo.COUNTY + "-EM\"");
        String title = Sessions.uniqueCode("Form task");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("titleEn", title);
        fields.put("jurisdiction", Demo.CITY);
        fields.put("leadUnit", Demo.COUNTY + "-EM");
        fields.put("assistingUnits", Demo.COUNTY + "-PS, " + Demo.COUNTY + "-WR");
        fields.put("deadline", tasks.today().plusDays(10).toString());
        fields.put("priority", "URGENT");
        fields.put("source", "NONE");
        fields.put("milestoneTitle", "Plan");
        fields.put("milestoneDate", tasks.today().plusDays(3).toString());
        Http.Response created = city.postForm("/supervision/tasks/new", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = city.get(created.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains(title, "The task was assigned.", Demo.COUNTY + "-PS", "Plan");

        fields.put("deadline", tasks.today().minusDays(1).toString());
        fields.put("leadUnit", Demo.SIBLING_COUNTY + "-EM");
        city.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        try {
            Http.Response refused = city.postForm("/supervision/tasks/new", fields);
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("办结时限", "早于今天", "牵头单位", "未知的单位");
        } finally {
            city.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        }
    }

    @Test
    void theTaskPageShowsTheInstructionsFirstTheHistoryAndOnlyTheActionsOfTheReader() {
        Task t = assign(Sessions.uniqueCode("Page task"), tasks.today().plusDays(9));
        tasks.instruct(cityCoordinator(), t.id(), "Director Li", "Finish before the rains", null);
        Http county = signedIn(port, "officer", "county");
        String page = county.get("/supervision/tasks/" + t.id()).body();
        assertThat(page.indexOf("Finish before the rains")).isLessThan(page.indexOf("id=\"history\""));
        assertThat(page).contains("id=\"action-accept\"", "id=\"action-object\"", "Not our responsibility")
                .doesNotContain("id=\"action-verify\"", "id=\"action-cancel\"");
        Http city = signedIn(port, "coordinator", "city");
        assertThat(city.get("/supervision/tasks/" + t.id()).body()).contains("id=\"action-cancel\"",
                "id=\"action-instruct\"").doesNotContain("id=\"action-accept\"");

        Http.Response stale = county.postForm("/supervision/tasks/" + t.id() + "/accept", Map.of("version", "5"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"stale\"");
        Http.Response accepted = county.postForm("/supervision/tasks/" + t.id() + "/accept",
                Map.of("version", Integer.toString(t.version() + 0)));
        assertThat(accepted.status()).isEqualTo(302);
        String after = county.get("/supervision/tasks/" + t.id()).body();
        assertThat(after).contains("Accepted: the task is your unit&#39;s.", "id=\"action-progress\"",
                "id=\"action-submit\"");

        Http.Response noText = TaskFixtures.multipart(county, "/supervision/tasks/" + t.id() + "/progress",
                Map.of("version", Integer.toString(t.version() + 1), "percent", "150", "text", ""), Map.of());
        assertThat(noText.body()).contains("id=\"problems\"", "must be between 0 and 100");
        Http.Response empty = TaskFixtures.multipart(county, "/supervision/tasks/" + t.id() + "/progress",
                Map.of("version", Integer.toString(t.version() + 1), "percent", "10", "text", ""), Map.of());
        assertThat(empty.body()).contains("id=\"problems\"", "Report: is required");
    }

    @Test
    void myUnitsWorkListsTasksToAcceptDueSoonAndOverdue() {
        Task toAccept = assign(Sessions.uniqueCode("Accept me"), tasks.today().plusDays(40));
        Task soon = assign(Sessions.uniqueCode("Soon"), tasks.today().plusDays(2));
        Http county = signedIn(port, "officer", "county");
        String page = county.get("/supervision/my-work").body();
        assertThat(page).contains("id=\"toAccept\"", "id=\"dueSoon\"", "id=\"overdueTasks\"");
        String toAcceptTable = page.substring(page.indexOf("id=\"toAccept\""), page.indexOf("id=\"dueSoon\""));
        assertThat(toAcceptTable).contains(toAccept.titleEn(), soon.titleEn());
        String dueSoon = page.substring(page.indexOf("id=\"dueSoon\""), page.indexOf("id=\"overdueTasks\""));
        assertThat(dueSoon).contains(soon.titleEn()).doesNotContain(toAccept.titleEn());
        assertThat(signedIn(port, "officer", "city").get("/supervision/my-work").body())
                .doesNotContain(toAccept.titleEn());
    }

    @Test
    void aTaskIsSplitForEachCountyAndTheTreeShowsEveryLevel() {
        Actor province = actor(jurisdictions, Role.COORDINATOR, Demo.PROVINCE, Demo.PROVINCE + "-OFFICE");
        Task root = tasks.assign(province, TaskFixtures.titles(draft(Demo.PROVINCE, Demo.CITY + "-EM",
                tasks.today().plusDays(30)), Sessions.uniqueCode("Cascade"), null));
        Http cityEm = signedIn(port, "officer", "city");
        String form = cityEm.get("/supervision/tasks/" + root.id() + "/split").body();
        assertThat(form).contains("value=\"" + Demo.COUNTY + "-EM\"", "value=\"" + Demo.CITY + "-02-EM\"")
                .doesNotContain(Demo.SIBLING_COUNTY + "-EM");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Integer.toString(root.version()));
        fields.put("unit", Demo.COUNTY + "-EM");
        Http.Response split = cityEm.postForm("/supervision/tasks/" + root.id() + "/split", fields);
        assertThat(split.status()).as(split.body()).isEqualTo(302);
        String tree = cityEm.get("/supervision/tasks/" + root.id() + "/tree").body();
        assertThat(tree).contains("id=\"task-tree\"", Demo.CITY + "-EM", Demo.COUNTY + "-EM");
        assertThat(tasks.get(province, root.id()).openSubTasks()).isEqualTo(1);
    }

    @Test
    void theObjectionTypesPageIsForAdministratorsAndTheNavigationOffersSupervision() {
        Http admin = signedIn(port, "administrator", "province");
        String page = admin.get("/supervision/objection-types").body();
        assertThat(page).contains("NOT_OUR_RESPONSIBILITY", "id=\"objection-type-form\"");
        assertThat(signedIn(port, "coordinator", "city").get("/supervision/objection-types").status()).isEqualTo(403);
        String home = signedIn(port, "viewer", "county").get("/supervision/tasks").body();
        assertThat(home).contains("id=\"supervisionMenu\"", "href=\"/supervision/my-work\"")
                .doesNotContain("href=\"/supervision/tasks/new\"");
    }
}
