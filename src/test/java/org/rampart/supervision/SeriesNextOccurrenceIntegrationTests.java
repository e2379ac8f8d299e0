package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.supervision.MeetingFixtures.decide;
import static org.rampart.supervision.MeetingFixtures.json;
import static org.rampart.support.Sessions.signedIn;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SeriesNextOccurrenceIntegrationTests {

    @LocalServerPort
    int port;

    private static long series(Http officer, String recurrence, String first, String title) {
        Http.Response s = officer.postJson("/api/v1/meetings/series", """
                {"jurisdiction": "DP-01", "type": "OFFICE", "recurrence": "%s", "titleEn": "%s",
                 "firstDate": "%s", "startTime": "09:00", "units": ["DP-01-EM"]}""".formatted(recurrence, title, first));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        return json(s).path("id").asLong();
    }

    private static JsonNode occurrences(Http officer, long series) {
        return json(officer.get("/api/v1/meetings?series=" + series));
    }

    private static JsonNode move(Http officer, long meeting, String status) {
        Http.Response r = officer.postJson("/api/v1/meetings/" + meeting + "/status", "{\"status\": \"" + status + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    private static JsonNode meeting(Http officer, long id) {
        return json(officer.get("/api/v1/meetings/" + id));
    }

    private static String task(LocalDate due) {
        return "[{\"titleEn\": \"Clear the drains\", \"leadUnit\": \"DP-01-WR\", \"assistingUnits\": [], \"priority\": \"HIGH\", \"deadline\": \"" + due + "\"}]";
    }

    @Test
    void holdingAnOccurrenceSchedulesTheNextOnceAndClosingItCarriesOverWhatWasDecidedMeanwhile() {
        Http officer = signedIn(port, "officer", "city");
        long series = series(officer, "MONTHLY", "2044-01-31", "Monthly flood review");
        long first = occurrences(officer, series).path("items").get(0).path("id").asLong();
        officer.postJson("/api/v1/meetings/" + first + "/agenda", "{\"titleEn\": \"Still open\"}");

        move(officer, first, "HELD");
        JsonNode list = occurrences(officer, series);
        assertThat(list.path("total").asInt()).isEqualTo(2);
        long second = list.path("items").get(0).path("id").asLong();
        JsonNode next = meeting(officer, second);
        assertThat(next.path("startsAt").asString()).startsWith("2044-02-29");
        assertThat(next.path("occurrence").asInt()).isEqualTo(1);
        assertThat(next.path("previous").asLong()).isEqualTo(first);
        assertThat(next.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(next.path("agenda").findValuesAsString("titleEn")).containsExactly("Still open");

        long decision = decide(officer, first, "Clear every drain", null).path("id").asLong();
        Http.Response assigned = officer.postJson("/api/v1/decisions/" + decision + "/tasks",
                task(LocalDate.now().plusDays(30)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        move(officer, first, "CLOSED");
        assertThat(occurrences(officer, series).path("total").asInt()).as("never two next occurrences").isEqualTo(2);
        JsonNode topped = meeting(officer, second).path("agenda");
        assertThat(topped.size()).isEqualTo(2);
        assertThat(topped.get(0).path("titleEn").asString()).isEqualTo("Still open");
        assertThat(topped.get(1).path("decisionId").asLong()).isEqualTo(decision);

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json(admin.get("/api/v1/audit?entityType=meeting-series&entityId=" + series));
        assertThat(audit.path("items").findValuesAsString("action")).containsOnlyOnce("schedule-next");
        assertThat(json(admin.get("/api/v1/audit?entityType=meeting&entityId=" + second)).path("items")
                .findValuesAsString("action")).contains("create", "carry-over");

        String page = officer.get("/meetings/series").body();
        assertThat(page).contains("id=\"series-auto\"", "href=\"/meetings/" + second + "\"", "2044-02-29 09:00");
        assertThat(MeetingFixtures.inChinese(officer, () -> officer.get("/meetings/series").body()))
                .contains("最近一次会议", "系统按周期自动安排下次会议");
    }

    @Test
    void aNextOccurrenceScheduledOnRequestIsNotScheduledTwiceAndAnEndedSeriesStops() {
        Http officer = signedIn(port, "officer", "city");
        long series = series(officer, "QUARTERLY", "2045-01-15", "Quarterly plenary");
        long first = occurrences(officer, series).path("items").get(0).path("id").asLong();
        JsonNode requested = json(officer.postJson("/api/v1/meetings/series/" + series + "/next", ""));
        assertThat(requested.path("startsAt").asString()).startsWith("2045-04-15");
        move(officer, first, "HELD");
        assertThat(occurrences(officer, series).path("total").asInt()).isEqualTo(2);

        officer.postJson("/api/v1/meetings/series/" + series + "/stop", "");
        move(officer, requested.path("id").asLong(), "HELD");
        assertThat(occurrences(officer, series).path("total").asInt()).as("an ended series").isEqualTo(2);

        long single = MeetingFixtures.create(officer, "DP-01", 2045).path("id").asLong();
        move(officer, single, "HELD");
        assertThat(meeting(officer, single).path("status").asString()).isEqualTo("HELD");
    }
}
