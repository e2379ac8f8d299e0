package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rampart.supervision.MeetingFixtures.json;
import static org.rampart.supervision.TaskFixtures.actor;
import static org.rampart.support.Sessions.signedIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class TaskMilestoneIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TaskManagement tasks;

    @Autowired
    JurisdictionManagement jurisdictions;

    private Task assign() {
        LocalDate deadline = tasks.today().plusDays(30);
        TaskDraft d = TaskFixtures.units(TaskFixtures.draft(Demo.CITY, Demo.COUNTY + "-EM", deadline),
                Demo.COUNTY + "-EM", List.of(Demo.COUNTY + "-WR"));
        d = new TaskDraft(d.titleEn(), d.titleZh(), d.description(), d.source(), d.sourceId(), d.sourceRef(),
                d.jurisdiction(), d.assigningUnit(), d.leadUnit(), d.assistingUnits(), d.deadline(), d.priority(),
                d.evidenceRequired(), List.of(new MilestoneDraft("Survey the gates", deadline.minusDays(20)),
                        new MilestoneDraft("Repair plan approved", deadline.minusDays(10))), d.parentId());
        return tasks.assign(actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE"), d);
    }

    private static String done(Task t, int index) {
        return "/api/v1/tasks/" + t.id() + "/milestones/" + t.milestones().get(index).id() + "/done";
    }

    private static String code(Http.Response r) {
        return json(r).path("errors").get(0).path("code").asString();
    }

    @Test
    void theLeadUnitMarksAMilestoneDoneOnceWhileItWorksOnTheTask() {
        Task t = assign();
        Http lead = signedIn(port, "officer", "county");
        Http.Response early = lead.postJson(done(t, 0), "{\"version\": " + t.version() + "}");
        assertThat(early.status()).as(early.body()).isEqualTo(400);
        assertThat(code(early)).isEqualTo("supervision.task.not-working");

        Actor countyEm = actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-EM");
        Task accepted = tasks.accept(countyEm, t.id(), t.version());
        assertThat(lead.postJson(done(t, 0), "{\"version\": " + t.version() + "}").status()).as("stale")
                .isEqualTo(409);
        Http.Response ok = lead.postJson(done(t, 0), "{\"version\": " + accepted.version() + "}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode view = json(ok);
        assertThat(view.path("milestones").get(0).path("doneAt").isNull()).isFalse();
        assertThat(view.path("milestones").get(1).path("doneAt").isNull()).isTrue();
        assertThat(view.path("status").asString()).isEqualTo("ACCEPTED");
        int version = view.path("version").asInt();
        Http.Response again = lead.postJson(done(t, 0), "{\"version\": " + version + "}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(code(again)).isEqualTo("supervision.milestone.done-already");
        Http.Response unknown = lead.postJson("/api/v1/tasks/" + t.id() + "/milestones/999999999/done",
                "{\"version\": " + version + "}");
        assertThat(code(unknown)).isEqualTo("supervision.milestone.unknown");

        TaskEvent entry = tasks.history(countyEm, t.id()).stream()
                .filter(e -> e.kind() == TaskEventKind.MILESTONE_DONE).findFirst().orElseThrow();
        assertThat(entry.text()).isEqualTo("Survey the gates");
        assertThat(entry.unitCode()).isEqualTo(Demo.COUNTY + "-EM");
        JsonNode audit = json(signedIn(port, "administrator", "province")
                .get("/api/v1/audit?entityType=supervision_task&entityId=" + t.id()));
        assertThat(audit.path("items").get(0).path("action").asString()).isEqualTo("milestone-done");
        assertThat(audit.path("items").get(0).toString()).contains("Survey the gates [done ");
    }

    @Test
    void onlyTheLeadUnitMarksMilestonesAndOtherPlacesSeeNothing() {
        Task t = assign();
        Task accepted = tasks.accept(actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-EM"), t.id(),
                t.version());
        long m = t.milestones().get(0).id();
        Actor assisting = actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-WR");
        assertThatThrownBy(() -> tasks.markMilestoneDone(assisting, t.id(), m, accepted.version()))
                .isInstanceOf(AccessDeniedException.class);
        Actor sibling = actor(jurisdictions, Role.OFFICER, Demo.SIBLING_COUNTY, Demo.SIBLING_COUNTY + "-EM");
        assertThatThrownBy(() -> tasks.markMilestoneDone(sibling, t.id(), m, accepted.version()))
                .isInstanceOf(NotFoundException.class);
        Http.Response assigning = signedIn(port, "coordinator", "city")
                .postJson(done(t, 0), "{\"version\": " + accepted.version() + "}");
        assertThat(assigning.status()).isEqualTo(403);
        assertThat(tasks.get(Actor.system(), t.id()).milestones()).allMatch(x -> x.doneAt() == null);
    }

    @Test
    void theTaskPageOffersTheButtonAndShowsDoneMilestones() {
        Task t = assign();
        Task accepted = tasks.accept(actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-EM"), t.id(),
                t.version());
        Http lead = signedIn(port, "officer", "county");
        String before = lead.get("/supervision/tasks/" + t.id()).body();
        assertThat(before).contains("milestone-done-button", "Mark milestone &quot;Survey the gates&quot; done");
        assertThat(signedIn(port, "coordinator", "city").get("/supervision/tasks/" + t.id()).body())
                .contains("Survey the gates").doesNotContain("milestone-done-button");
        Http.Response posted = lead.postForm("/supervision/tasks/" + t.id() + "/milestones/"
                + t.milestones().get(0).id() + "/done", Map.of("version", String.valueOf(accepted.version())));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String after = lead.get("/supervision/tasks/" + t.id()).body();
        assertThat(after).contains("The milestone is marked done.", "milestone milestone-done", "Milestone done");
        assertThat(after.split("milestone-done-button", -1)).hasSize(2);
        assertThat(MeetingFixtures.inChinese(lead, () -> lead.get("/supervision/tasks/" + t.id()).body()))
                .contains("节点完成", "标记完成");
    }
}
