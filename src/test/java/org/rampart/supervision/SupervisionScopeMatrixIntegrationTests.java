package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scope promise for supervision, for every role of a city: a task the province gave to a unit of the sibling
 * city, and its supervision notice, are invisible through the pages, the API (with a session and with a token), the
 * exports, the board, the calendar, the iCalendar feed and the notice's PDF: 404 where addressed, absent from lists.
 */
@IntegrationTest
class SupervisionScopeMatrixIntegrationTests {

    private static final Pattern FEED_URL = Pattern.compile("/supervision/calendar/feed/(rcf_[^\"]+)\\.ics");

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;
    @Autowired
    LadderManagement ladder;
    @Autowired
    UserManagement users;
    @Autowired
    JdbcClient jdbc;

    private String title;
    private long taskId;
    private long noticeId;

    @BeforeEach
    void siblingTask() {
        title = Sessions.uniqueCode("Sibling dyke repair");
        String lead = Demo.SIBLING_COUNTY + "-EM";
        LocalDate today = tasks.today();
        Task task = tasks.assign(Actor.system(), TaskFixtures.titles(TaskFixtures.draft(Demo.SIBLING_CITY, lead,
                today.plusDays(20)), title, title + " 兄弟市"));
        taskId = task.id();
        LadderFixtures.moveTo(jdbc, taskId, today.minusDays(30), today.minusDays(4), tasks.zone());
        ladder.pass(Instant.now());
        noticeId = jdbc.sql("select id from supervision_notice where task_id = :id").param("id", taskId)
                .query(Long.class).single();
    }

    private Http withToken(String user) {
        Actor actor = users.loadForSignIn(user).orElseThrow().actor();
        String secret = CurrentActor.runAs(actor, () -> users.createToken(actor, null, "supervision-matrix", 1, false))
                .secret();
        return new Http(port).bearer(secret);
    }

    @ParameterizedTest(name = "{0} of the city")
    @ValueSource(strings = {"administrator", "coordinator", "analyst", "officer", "reporter", "inspector", "viewer"})
    void aCityUserFindsNothingOfTheSiblingCitysTaskAnywhere(String role) {
        String user = Demo.user(role, "city");
        Http session = Sessions.signedIn(port, role, "city");
        hidden(session, "session " + role, true);
        hidden(withToken(user), "token " + role, false);
        feedHides(session, role);

        Http province = Sessions.signedIn(port, "coordinator", "province");
        assertThat(province.get("/api/v1/tasks/" + taskId).status()).as("the province sees it").isEqualTo(200);
        assertThat(province.get("/api/v1/supervision/notices/" + noticeId).status()).isEqualTo(200);
    }

    private void hidden(Http http, String who, boolean pages) {
        String q = URLEncoder.encode(title, StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/tasks/" + taskId, "/api/v1/tasks/" + taskId + "/history",
                "/api/v1/tasks/" + taskId + "/tree", "/api/v1/tasks/" + taskId + "/notices",
                "/api/v1/tasks/" + taskId + "/attachments", "/api/v1/supervision/notices/" + noticeId,
                "/api/v1/supervision/notices/" + noticeId + "/pdf", "/api/v1/supervision/board/tree/" + taskId)) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(who + " " + path).isEqualTo(404);
            assertThat(r.body()).as(who + " " + path).doesNotContain(title);
        }
        for (String path : List.of("/api/v1/tasks?size=100&q=" + q, "/api/v1/tasks/my-work",
                "/api/v1/tasks/export?format=csv&q=" + q, "/api/v1/supervision/board",
                "/api/v1/supervision/board/tasks?jurisdiction=" + Demo.SIBLING_CITY,
                "/api/v1/supervision/scorecard", "/api/v1/supervision/notices")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(who + " " + path).isIn(200, 400, 403, 404);
            assertThat(r.body()).as(who + " " + path).doesNotContain(title).doesNotContain("\"id\":" + taskId + ",");
        }
        if (!pages) {
            return;
        }
        for (String path : List.of("/supervision/tasks/" + taskId, "/supervision/tasks/" + taskId + "/tree",
                "/supervision/notices/" + noticeId, "/supervision/notices/" + noticeId + ".pdf",
                "/supervision/board/tree/" + taskId)) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(who + " " + path).isEqualTo(404);
            assertThat(r.body()).as(who + " " + path).doesNotContain(title);
        }
        for (String path : List.of("/supervision/tasks?q=" + q, "/supervision/my-work", "/supervision/board",
                "/supervision/board/tasks", "/supervision/calendar?month=" + tasks.today().minusDays(4).toString()
                        .substring(0, 7), "/supervision/scorecard", "/supervision/notices",
                "/supervision/tasks/export?format=csv&q=" + q)) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(who + " " + path).isIn(200, 400, 403, 404);
            // the search form shows the reader's own query: look for the task's other title and its address instead
            assertThat(r.body()).as(who + " " + path).doesNotContain(title + " 兄弟市")
                    .doesNotContain("/supervision/tasks/" + taskId + "\"").doesNotContain(Demo.SIBLING_COUNTY + "-EM");
        }
    }

    private void feedHides(Http session, String role) {
        Http.Response made = session.postForm("/supervision/calendar/feed", Map.of());
        Matcher m = FEED_URL.matcher(made.body());
        if (!m.find()) {
            assertThat(made.status()).as(role + " makes no feed").isIn(403, 404);
            return;
        }
        Http.Response feed = new Http(port).get("/supervision/calendar/feed/" + m.group(1) + ".ics");
        assertThat(feed.status()).as(role + " feed").isEqualTo(200);
        assertThat(feed.body()).as(role + " feed").startsWith("BEGIN:VCALENDAR").doesNotContain(title);
    }
}
