package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * My unit's upcoming meetings, the series page with each series' latest meeting and a task's milestones with the
 * "mark done" button, in headless Chromium at desktop and phone width; screenshots under target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionWorkBrowserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static JsonNode created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return JSON.readTree(r.body());
    }

    @Test
    void upcomingMeetingsSeriesAndMilestonesAtDesktopAndPhoneWidth() throws Exception {
        Http officer = Sessions.signedIn(port, "officer", "city");
        String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(5).withNano(0).toString();
        created(officer.postJson("/api/v1/meetings", """
                {"jurisdiction": "DP-01", "type": "SPECIAL", "titleEn": "Typhoon preparedness meeting",
                 "titleZh": "防台风准备会", "startsAt": "%s", "units": ["DP-01-EM"], "agenda": []}""".formatted(at)));
        created(officer.postJson("/api/v1/meetings/series", """
                {"jurisdiction": "DP-01", "type": "OFFICE", "recurrence": "WEEKLY", "titleEn": "Weekly duty meeting",
                 "firstDate": "%s", "startTime": "09:00", "units": ["DP-01-EM"]}""".formatted(LocalDate.now().plusDays(3))));
        LocalDate due = LocalDate.now().plusDays(40);
        JsonNode task = created(Sessions.signedIn(port, "coordinator", "city").postJson("/api/v1/tasks", """
                {"titleEn": "Check the typhoon shelters", "source": "NONE", "jurisdiction": "DP-01", "leadUnit": "DP-01-EM",
                 "deadline": "%s", "priority": "HIGH", "milestones": [{"title": "List the shelters", "dueDate": "%s"},
                 {"title": "Inspect every shelter", "dueDate": "%s"}]}""".formatted(due, due.minusDays(30),
                due.minusDays(10))));
        long id = task.path("id").asLong();
        JsonNode accepted = created(officer.postJson("/api/v1/tasks/" + id + "/accept",
                "{\"version\": " + task.path("version").asInt() + "}"));
        created(officer.postJson("/api/v1/tasks/" + id + "/milestones/" + task.path("milestones").get(0).path("id")
                .asLong() + "/done", "{\"version\": " + accepted.path("version").asInt() + "}"));

        browser.login(Demo.user("officer", "city"), Demo.PASSWORD);
        browser.size(1366, 1400);
        browser.go("/supervision/my-work");
        browser.find("#myWorkMeetings .my-work-meeting");
        assertThat(browser.pageText()).contains("Typhoon preparedness meeting", "Weekly duty meeting");
        browser.screenshot("my-work-meetings-desktop");
        browser.go("/supervision/tasks/" + id);
        browser.find("#milestones .milestone-done-button");
        assertThat(browser.pageText()).contains("List the shelters", "Milestone done");
        browser.screenshot("task-milestones-desktop");
        browser.go("/meetings/series");
        browser.find("#series .series-latest a");
        browser.screenshot("meeting-series-latest-desktop");

        browser.size(390, 1800);
        browser.go("/supervision/my-work");
        browser.find("#myWorkMeetings .my-work-meeting");
        browser.screenshot("my-work-meetings-phone");
        browser.go("/supervision/tasks/" + id);
        browser.find("#milestones .milestone-done-button");
        browser.screenshot("task-milestones-phone");
    }
}
