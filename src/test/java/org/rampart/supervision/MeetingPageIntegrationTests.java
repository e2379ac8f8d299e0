package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.supervision.MeetingFixtures.create;
import static org.rampart.supervision.MeetingFixtures.decide;
import static org.rampart.supervision.MeetingFixtures.json;
import static org.rampart.support.Sessions.signedIn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MeetingPageIntegrationTests {

    @LocalServerPort
    int port;

    private static String upcoming(Http officer, String jurisdiction, String title, int inDays, String units) {
        String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(inDays).withNano(0).toString();
        JsonNode m = create(officer, MeetingFixtures.meeting(jurisdiction, "SPECIAL", title, null, at, units, "[]"));
        return m.path("id").asString();
    }

    @Test
    void myUnitsWorkListsTheMeetingsTheUnitAttendsInTheNextTwoWeeks() {
        Http officer = signedIn(port, "officer", "city");
        String soon = Sessions.uniqueCode("Soon meeting");
        String id = upcoming(officer, Demo.CITY, soon, 3, "[\"DP-01-EM\", \"DP-01-01-EM\"]");
        String later = Sessions.uniqueCode("Later meeting");
        upcoming(officer, Demo.CITY, later, 20, "[\"DP-01-EM\"]");
        String others = Sessions.uniqueCode("Other units meeting");
        upcoming(officer, Demo.CITY, others, 2, "[\"DP-01-WR\"]");
        String called = Sessions.uniqueCode("Called off meeting");
        String cancelled = upcoming(officer, Demo.CITY, called, 4, "[\"DP-01-EM\"]");
        officer.postJson("/api/v1/meetings/" + cancelled + "/status", "{\"status\": \"CANCELLED\"}");

        String page = officer.get("/supervision/my-work").body();
        assertThat(page).contains("id=\"myWorkMeetings\"", "Meetings in the next 14 days", soon,
                "href=\"/meetings/" + id + "\"", "Special meeting");
        assertThat(page).doesNotContain(later).doesNotContain(others).doesNotContain(called);
        assertThat(MeetingFixtures.inChinese(officer, () -> officer.get("/supervision/my-work").body()))
                .contains("未来 14 天的会议", soon, "专题会议");
        assertThat(signedIn(port, "viewer", "city").get("/supervision/my-work").body()).doesNotContain(soon);
        // The county's unit attends, but the city's meeting lies outside the county's scope.
        assertThat(signedIn(port, "officer", "county").get("/supervision/my-work").body())
                .contains("id=\"myWorkMeetings\"").doesNotContain(soon);
    }

    @Test
    void anOfficerSchedulesAMeetingOnTheFormAndKeepsItsAgendaDecisionsAndTasksOnItsPage() {
        Http officer = signedIn(port, "officer", "city");
        String form = officer.get("/meetings/new?jurisdiction=" + Demo.CITY).body();
        assertThat(form).contains("name=\"units\"").contains("value=\"DP-01-EM\"").contains("data-jurisdiction-picker");
        String title = Sessions.uniqueCode("Office meeting");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jurisdiction", Demo.CITY);
        f.put("type", "OFFICE");
        f.put("titleEn", title);
        f.put("titleZh", "");
        f.put("date", "2043-05-04");
        f.put("time", "09:30");
        f.put("location", "Room 3");
        f.put("units", "DP-01-EM");
        f.put("moreUnits", "DP-01-01-EM, DP-EM");
        f.put("agenda", "Flood gates\n防汛物资储备\n");
        Http.Response created = officer.postForm("/meetings/new", f);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String location = created.location();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String page = officer.get("/meetings/" + id).body();
        assertThat(page).contains(title).contains("Flood gates").contains("防汛物资储备").contains("DP-01-01-EM")
                .contains("2043-05-04 09:30").contains("Record a decision").contains("Minutes (PDF)");

        officer.postForm("/meetings/" + id + "/agenda", Map.of("title", "Late item"));
        officer.postForm("/meetings/" + id + "/decisions", Map.of("textEn", "Check every flood gate", "textZh", ""));
        var view = json(officer.get("/api/v1/meetings/" + id));
        assertThat(view.path("agenda").size()).isEqualTo(3);
        long decision = view.path("decisions").get(0).path("id").asLong();
        String number = view.path("decisions").get(0).path("number").asString();
        assertThat(number).isEqualTo("DP-01-2043-001");

        LocalDate due = LocalDate.now().plusDays(25);
        Map<String, String> tasks = new LinkedHashMap<>();
        tasks.put("title", "Check the flood gates of the city");
        tasks.put("leadUnit", "DP-01-WR");
        tasks.put("assisting", "DP-01-EM");
        tasks.put("deadline", due.toString());
        tasks.put("priority", "HIGH");
        Http.Response assigned = officer.postForm("/decisions/" + decision + "/tasks", tasks);
        assertThat(assigned.location()).endsWith("/meetings/" + id + "#decision-" + decision);
        String withTasks = officer.get("/meetings/" + id).body();
        assertThat(withTasks).contains("Check the flood gates of the city").contains("DP-01-WR")
                .contains(due.toString()).contains("Assigned");

        Map<String, String> refused = new LinkedHashMap<>(tasks);
        refused.put("leadUnit", "DP-02-WR");
        officer.postForm("/decisions/" + decision + "/tasks", refused);
        String problems = officer.get("/meetings/" + id).body();
        assertThat(problems).contains("alert-danger").contains("DP-02-WR");
        assertThat(json(officer.get("/api/v1/decisions/" + decision + "/tasks")).size()).isEqualTo(1);

        officer.postForm("/meetings/" + id + "/status", Map.of("status", "HELD"));
        Map<String, String> edit = new LinkedHashMap<>(f);
        edit.remove("agenda");
        edit.put("minutes", "The office checked the flood gates.");
        edit.put("version", String.valueOf(json(officer.get("/api/v1/meetings/" + id)).path("version").asInt()));
        assertThat(officer.postForm("/meetings/" + id + "/edit", edit).status()).isEqualTo(302);
        assertThat(officer.get("/meetings/" + id).body()).contains("The office checked the flood gates.")
                .contains("Close the minutes");
        assertThat(officer.get("/meetings?jurisdiction=" + Demo.CITY + "&from=2043-05-01&to=2043-05-31").body())
                .contains(title);
        assertThat(officer.get("/decisions?q=" + number).body()).contains("Check every flood gate");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesTheFields() {
        Http officer = signedIn(port, "officer", "city");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jurisdiction", Demo.CITY);
        f.put("type", "OFFICE");
        f.put("titleEn", "");
        f.put("titleZh", "");
        f.put("date", "2043-05-04");
        f.put("time", "25:99");
        f.put("location", "Kept location");
        f.put("moreUnits", "DP-02-EM");
        Http.Response r = officer.postForm("/meetings/new", f);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Kept location").contains("Time").contains("is not a time");
        f.put("time", "09:00");
        String second = officer.postForm("/meetings/new", f).body();
        assertThat(second).contains("Title (English)").contains("DP-02-EM").contains("unknown unit");
    }

    @Test
    void readersSeeTheMeetingButNoChangesAndChineseReadersReadItInChinese() {
        Http officer = signedIn(port, "officer", "city");
        long id = create(officer, Demo.CITY, 2044).path("id").asLong();
        decide(officer, id, "Only English text", null);
        Http viewer = signedIn(port, "viewer", "city");
        String page = viewer.get("/meetings/" + id).body();
        assertThat(page).contains("Only English text").doesNotContain("Record a decision")
                .doesNotContain("Turn into tasks").doesNotContain("Mark as held");
        assertThat(viewer.postForm("/meetings/" + id + "/decisions", Map.of("textEn", "no")).status()).isEqualTo(403);
        assertThat(viewer.get("/meetings/new").status()).isEqualTo(403);
        viewer.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        String zh = viewer.get("/meetings/" + id).body();
        assertThat(zh).contains("议定事项").contains("lang=\"en\"").contains("Only English text");
        assertThat(viewer.get("/meetings").body()).contains("会议");
        viewer.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        assertThat(signedIn(port, "coordinator", "city").get("/meetings/series").body()).contains("New meeting series");
        assertThat(signedIn(port, "administrator", "province").get("/meetings/committees").body())
                .contains("<code>DP</code>").contains("committee-form");
    }
}
