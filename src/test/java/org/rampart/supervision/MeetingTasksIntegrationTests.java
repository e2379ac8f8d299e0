package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.supervision.MeetingFixtures.JSON;
import static org.rampart.supervision.MeetingFixtures.create;
import static org.rampart.supervision.MeetingFixtures.decide;
import static org.rampart.supervision.MeetingFixtures.json;
import static org.rampart.support.Sessions.signedIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MeetingTasksIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    TaskManagement tasks;

    @Autowired
    JurisdictionManagement jurisdictions;

    @Autowired
    TransactionTemplate transactions;

    private static String task(String title, String lead, String assisting, LocalDate deadline) {
        return "{\"titleEn\": " + MeetingFixtures.text(title) + ", \"leadUnit\": \"" + lead + "\", \"assistingUnits\": "
                + assisting + ", \"deadline\": \"" + deadline + "\", \"priority\": \"HIGH\"}";
    }

    @Test
    void aDecisionBecomesTasksInOneStepAndTheMeetingShowsThemWithTheirState() {
        Http officer = signedIn(port, "officer", "city");
        long meeting = create(officer, Demo.CITY, 2039).path("id").asLong();
        JsonNode decision = decide(officer, meeting, "Inspect all reservoirs before the flood season", null);
        long id = decision.path("id").asLong();
        LocalDate due = LocalDate.now().plusDays(40);
        Http.Response r = officer.postJson("/api/v1/decisions/" + id + "/tasks", "["
                + task("Inspect the reservoirs of the city", "DP-01-WR", "[\"DP-01-EM\"]", due) + ","
                + task("Inspect the county reservoirs", "DP-01-01-WR", "[]", due.plusDays(10)) + "]");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode assigned = json(r);
        assertThat(assigned.findValuesAsString("status")).containsExactly("ASSIGNED", "ASSIGNED");
        Task first = tasks.get(Actor.system(), assigned.get(0).path("id").asLong());
        assertThat(first.source()).isEqualTo(TaskSource.MEETING_DECISION);
        assertThat(first.sourceId()).isEqualTo(id);
        assertThat(first.sourceRef()).isEqualTo("DP-01-2039-001");
        assertThat(first.jurisdictionCode()).isEqualTo(Demo.CITY);
        assertThat(first.assistingCodes()).containsExactly("DP-01-EM");

        JsonNode view = json(officer.get("/api/v1/meetings/" + meeting));
        JsonNode shown = view.path("decisions").get(0).path("tasks");
        assertThat(shown.findValuesAsString("titleEn"))
                .containsExactly("Inspect the reservoirs of the city", "Inspect the county reservoirs");
        assertThat(shown.get(1).path("leadUnit").asString()).isEqualTo("DP-01-01-WR");
        String page = officer.get("/meetings/" + meeting).body();
        assertThat(page).contains("Inspect the county reservoirs").contains("DP-01-2039-001").contains("Assigned");

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json(admin.get("/api/v1/audit?entityType=decision&entityId=DP-01-2039-001"));
        assertThat(audit.path("items").get(0).path("action").asString()).isEqualTo("tasks");
    }

    @Test
    void aRefusedTaskRefusesTheWholeStepNamingItsIndex() {
        Http officer = signedIn(port, "officer", "city");
        long meeting = create(officer, Demo.CITY, 2040).path("id").asLong();
        long id = decide(officer, meeting, "All or nothing", null).path("id").asLong();
        LocalDate due = LocalDate.now().plusDays(30);
        Http.Response r = officer.postJson("/api/v1/decisions/" + id + "/tasks", "["
                + task("Good task", "DP-01-WR", "[]", due) + "," + task("Sibling's task", "DP-02-WR", "[]", due) + "]");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        JsonNode error = json(r).path("errors").get(0);
        assertThat(error.path("index").asInt()).isEqualTo(1);
        assertThat(error.path("field").asString()).isEqualTo("leadUnit");
        assertThat(json(officer.get("/api/v1/decisions/" + id + "/tasks")).size()).isZero();
        assertThat(json(officer.postJson("/api/v1/decisions/" + id + "/tasks", "[]")).path("errors").get(0)
                .path("code").asString()).isEqualTo("decision.tasks.none");
        assertThat(officer.postJson("/api/v1/decisions/" + id + "/tasks", "[{\"titel\": \"x\"}]").status())
                .isEqualTo(400);
        assertThat(signedIn(port, "viewer", "city").postJson("/api/v1/decisions/" + id + "/tasks", "["
                + task("Viewer's task", "DP-01-WR", "[]", due) + "]").status()).isEqualTo(403);
    }

    @Test
    void aCancelledMeetingsDecisionNeverBecomesTasksAndTakesNoNewDecision() {
        Http officer = signedIn(port, "officer", "city");
        JsonNode m = create(officer, Demo.CITY, 2043);
        long meeting = m.path("id").asLong();
        long id = decide(officer, meeting, "Decided before the meeting was called off", null).path("id").asLong();
        Http.Response cancelled = officer.postJson("/api/v1/meetings/" + meeting + "/status",
                "{\"status\": \"CANCELLED\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        String body = "[" + task("Task of a cancelled meeting", "DP-01-WR", "[]", LocalDate.now().plusDays(30)) + "]";
        Http.Response refused = officer.postJson("/api/v1/decisions/" + id + "/tasks", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).path("errors").get(0).path("code").asString()).isEqualTo("meeting.cancelled.no-tasks");
        assertThat(json(refused).path("detail").asString()).contains("cancelled");
        Http chinese = signedIn(port, "officer", "city");
        Http.Response zh = MeetingFixtures.inChinese(chinese,
                () -> chinese.postJson("/api/v1/decisions/" + id + "/tasks", body));
        assertThat(zh.status()).isEqualTo(409);
        assertThat(json(zh).path("detail").asString()).contains("已取消");
        assertThat(json(officer.get("/api/v1/decisions/" + id + "/tasks")).size()).isZero();

        Http.Response late = officer.postJson("/api/v1/meetings/" + meeting + "/decisions", "{\"textEn\": \"late\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(json(late).path("errors").get(0).path("code").asString()).isEqualTo("meeting.cancelled");
        Http.Response form = officer.postForm("/decisions/" + id + "/tasks", java.util.Map.of("title",
                "Task from the page", "leadUnit", "DP-01-WR", "deadline", LocalDate.now().plusDays(30).toString()));
        assertThat(form.status()).isEqualTo(302);
        String page = officer.get("/meetings/" + meeting).body();
        assertThat(page).contains("the meeting was cancelled: its decisions do not become tasks");
        assertThat(json(officer.get("/api/v1/decisions/" + id + "/tasks")).size()).isZero();
        assertThat(page).contains("decision-no-tasks").doesNotContain("decision-tasks-form")
                .doesNotContain("id=\"decision-form\"");
    }

    @Test
    void theNextOccurrenceCarriesOverOpenItemsAndDecisionsWhoseTasksAreStillOpen() {
        Http officer = signedIn(port, "officer", "city");
        Http.Response s = officer.postJson("/api/v1/meetings/series", """
                {"jurisdiction": "DP-01", "type": "OFFICE", "recurrence": "WEEKLY", "titleEn": "Weekly office meeting",
                 "titleZh": "每周办公室例会", "firstDate": "2041-01-31", "startTime": "09:00", "units": ["DP-01-EM"]}""");
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        long series = json(s).path("id").asLong();
        JsonNode occurrences = json(officer.get("/api/v1/meetings?series=" + series));
        assertThat(occurrences.path("total").asInt()).isEqualTo(1);
        long first = occurrences.path("items").get(0).path("id").asLong();
        officer.postJson("/api/v1/meetings/" + first + "/agenda", "{\"titleEn\": \"Open item\"}");
        JsonNode withItems = json(officer.postJson("/api/v1/meetings/" + first + "/agenda",
                "{\"titleEn\": \"Finished item\"}"));
        long finished = withItems.path("agenda").get(1).path("id").asLong();
        long open = withItems.path("agenda").get(0).path("id").asLong();
        officer.patchJson("/api/v1/meetings/" + first + "/agenda/" + finished, "{\"done\": true}");
        long withTasks = decide(officer, first, "Repair the levee", "修复堤防").path("id").asLong();
        decide(officer, first, "Note the weather outlook", null);
        Http.Response assigned = officer.postJson("/api/v1/decisions/" + withTasks + "/tasks",
                "[" + task("Repair the levee at Xiaowan", "DP-01-WR", "[]", LocalDate.now().plusDays(20)) + "]");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);

        JsonNode second = json(officer.postJson("/api/v1/meetings/series/" + series + "/next", ""));
        assertThat(second.path("startsAt").asString()).startsWith("2041-02-0");
        assertThat(second.path("occurrence").asInt()).isEqualTo(1);
        assertThat(second.path("previous").asLong()).isEqualTo(first);
        assertThat(second.path("units").findValuesAsString("code")).containsExactly("DP-01-EM");
        JsonNode agenda = second.path("agenda");
        assertThat(agenda.size()).isEqualTo(2);
        assertThat(agenda.get(0).path("titleEn").asString()).isEqualTo("Open item");
        assertThat(agenda.get(0).path("carriedFromId").asLong()).isEqualTo(open);
        assertThat(agenda.get(1).path("decisionId").asLong()).isEqualTo(withTasks);
        assertThat(agenda.get(1).path("titleZh").asString()).startsWith("DP-01-2041-001 修复堤防");

        long task = json(assigned).get(0).path("id").asLong();
        Actor coordinator = TaskFixtures.actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE");
        Task t = tasks.get(coordinator, task);
        tasks.cancel(coordinator, task, t.version(), "Merged into the provincial programme");
        JsonNode third = json(officer.postJson("/api/v1/meetings/series/" + series + "/next", ""));
        assertThat(third.path("agenda").findValuesAsString("titleEn")).containsExactly("Open item");
        assertThat(third.path("agenda").get(0).path("decisionId").isNull()).isTrue();
        assertThat(third.path("startsAt").asString()).startsWith("2041-02-14");

        officer.postJson("/api/v1/meetings/series/" + series + "/stop", "");
        assertThat(officer.postJson("/api/v1/meetings/series/" + series + "/next", "").status()).isEqualTo(409);
    }

    @Test
    void concurrentDecisionsOfOneCommitteeGetGapFreeNumbersAndARolledBackOneGivesItsNumberBack() throws Exception {
        Http officer = signedIn(port, "officer", "city");
        long meeting = create(officer, Demo.CITY, 2042).path("id").asLong();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<String> work = () -> {
                    start.await();
                    return meetings.recordDecision(Actor.system(), meeting, new DecisionDraft("Parallel " + n, null))
                            .number();
                };
                numbers.add(pool.submit(work));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> f : numbers) {
                got.add(f.get());
            }
            assertThat(got).containsExactlyInAnyOrder("DP-01-2042-001", "DP-01-2042-002", "DP-01-2042-003",
                    "DP-01-2042-004", "DP-01-2042-005", "DP-01-2042-006", "DP-01-2042-007", "DP-01-2042-008");
        } finally {
            pool.shutdownNow();
        }
        try {
            transactions.executeWithoutResult(status -> {
                assertThat(meetings.recordDecision(Actor.system(), meeting, new DecisionDraft("Undone", null)).number())
                        .isEqualTo("DP-01-2042-009");
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the decision and its number are rolled back
        }
        assertThat(meetings.recordDecision(Actor.system(), meeting, new DecisionDraft("Kept", null)).number())
                .isEqualTo("DP-01-2042-009");
        assertThat(JSON.readTree(officer.get("/api/v1/decisions?year=2042&size=50").body()).path("total").asInt())
                .isEqualTo(9);
    }
}
