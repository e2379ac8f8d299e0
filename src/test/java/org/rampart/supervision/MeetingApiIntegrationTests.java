package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.supervision.MeetingFixtures.create;
import static org.rampart.supervision.MeetingFixtures.decide;
import static org.rampart.supervision.MeetingFixtures.json;
import static org.rampart.supervision.MeetingFixtures.meeting;
import static org.rampart.support.Sessions.signedIn;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MeetingApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anOfficerSchedulesAMeetingWithUnitsAndAgendaAndItIsAudited() {
        Http officer = signedIn(port, "officer", "city");
        JsonNode created = create(officer, meeting(Demo.CITY, "PLENARY", "Plenary on flood season", "汛期全体会议",
                "2031-06-01T09:30:00+08:00", "[\"DP-01-EM\", \"DP-01-OFFICE\", \"DP-01-01-EM\", \"DP-EM\"]",
                "[{\"titleEn\": \"Reservoir safety\"}, {\"titleZh\": \"防汛物资\"}]"));
        assertThat(created.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(created.path("type").asString()).isEqualTo("PLENARY");
        assertThat(created.path("startsAt").asString()).isEqualTo("2031-06-01T01:30:00Z");
        assertThat(created.path("units").findValuesAsString("code"))
                .containsExactly("DP-01-01-EM", "DP-01-EM", "DP-01-OFFICE", "DP-EM");
        assertThat(created.path("agenda").findValuesAsString("titleZh")).contains("防汛物资");
        assertThat(created.path("agenda").get(0).path("done").asBoolean()).isFalse();
        long id = created.path("id").asLong();

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json(admin.get("/api/v1/audit?entityType=meeting&entityId=" + id));
        assertThat(audit.path("items").get(0).path("action").asString()).isEqualTo("create");
    }

    @Test
    void aSiblingCitysUnitIsRefusedLikeAnUnknownOneAndNothingIsWritten() {
        Http officer = signedIn(port, "officer", "city");
        Http.Response r = officer.postJson("/api/v1/meetings", meeting(Demo.CITY, "OFFICE", "Sibling units", null,
                "2031-06-02T09:00:00+08:00", "[\"DP-02-EM\", \"NO-SUCH-UNIT\"]", "[]"));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(json(r).path("errors").findValuesAsString("code")).containsExactly("unit.unknown", "unit.unknown");
        assertThat(r.body()).doesNotContain("Sibling units\",\"id");
        Http.Response sibling = officer.postJson("/api/v1/meetings", meeting(Demo.SIBLING_CITY, "OFFICE", "x", null,
                "2031-06-02T09:00:00+08:00", "[]", "[]"));
        assertThat(json(sibling).path("errors").get(0).path("code").asString()).isEqualTo("jurisdiction.unknown");
    }

    @Test
    void theBodyIsStrictAndBadMembersAreNamed() {
        Http officer = signedIn(port, "officer", "city");
        Http.Response unknown = officer.postJson("/api/v1/meetings", "{\"jurisdiction\": \"DP-01\", \"titel\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(json(unknown).path("errors").get(0).path("code").asString()).startsWith("member.unknown");
        assertThat(json(unknown).path("errors").get(0).path("field").asString()).isEqualTo("titel");
        Http.Response bad = officer.postJson("/api/v1/meetings", meeting(Demo.CITY, "LUNCH", null, null,
                "tomorrow", "[]", "[{\"titleEn\": \"\"}]"));
        assertThat(json(bad).path("errors").findValuesAsString("code"))
                .contains("value.one-of", "name.required", "time.invalid");
        assertThat(json(bad).path("errors").findValuesAsString("field")).contains("agenda.titleEn");
    }

    @Test
    void onlyTheOfficeSchedulesMeetings() {
        for (String role : new String[] {"viewer", "analyst", "reporter"}) {
            Http.Response r = signedIn(port, role, "city").postJson("/api/v1/meetings", meeting(Demo.CITY, "OFFICE",
                    "Not mine", null, "2031-06-03T09:00:00+08:00", "[]", "[]"));
            assertThat(r.status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void aSiblingCitysMeetingIsNotFoundEverywhere() {
        Http province = signedIn(port, "coordinator", "province");
        JsonNode other = create(province, meeting(Demo.SIBLING_CITY, "SPECIAL", "Sibling city meeting", null,
                "2032-01-10T09:00:00+08:00", "[]", "[]"));
        long id = other.path("id").asLong();
        long decision = decide(province, id, "Sibling decision", null).path("id").asLong();
        Http city = signedIn(port, "coordinator", "city");
        for (String path : new String[] {"/api/v1/meetings/" + id, "/api/v1/meetings/" + id + "/decisions",
            "/api/v1/meetings/" + id + "/minutes?format=pdf", "/api/v1/meetings/" + id + "/minutes?format=docx",
            "/api/v1/decisions/" + decision, "/meetings/" + id, "/meetings/" + id + "/minutes.pdf",
            "/meetings/" + id + "/minutes.docx", "/meetings/" + id + "/edit"}) {
            assertThat(city.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(city.postJson("/api/v1/meetings/" + id + "/decisions", "{\"textEn\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(city.patchJson("/api/v1/meetings/" + id, "{\"titleEn\": \"x\"}").status()).isEqualTo(404);
        assertThat(city.get("/api/v1/meetings?size=500").body()).doesNotContain("Sibling city meeting");
        assertThat(city.get("/api/v1/decisions?q=Sibling").body()).doesNotContain("Sibling decision");
        assertThat(province.get("/api/v1/meetings/" + id).status()).isEqualTo(200);

        Http.Response series = province.postJson("/api/v1/meetings/series", """
                {"jurisdiction": "DP-02", "type": "OFFICE", "recurrence": "QUARTERLY", "titleEn": "Sibling series",
                 "firstDate": "2032-01-05", "startTime": "10:00"}""");
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        long seriesId = json(series).path("id").asLong();
        assertThat(city.get("/api/v1/meetings/series/" + seriesId).status()).isEqualTo(404);
        assertThat(city.postJson("/api/v1/meetings/series/" + seriesId + "/next", "").status()).isEqualTo(404);
        assertThat(city.get("/api/v1/meetings/series").body()).doesNotContain("Sibling series");
        assertThat(city.get("/meetings/series").body()).doesNotContain("Sibling series");
    }

    @Test
    void aMeetingMovesFromScheduledToHeldToClosedAndThenNoLongerChanges() {
        Http officer = signedIn(port, "officer", "city");
        JsonNode m = create(officer, Demo.CITY, 2033);
        long id = m.path("id").asLong();
        Http.Response stale = officer.patchJson("/api/v1/meetings/" + id, "{\"minutes\": \"x\", \"version\": 99}");
        assertThat(stale.status()).isEqualTo(409);
        JsonNode held = json(officer.postJson("/api/v1/meetings/" + id + "/status",
                "{\"status\": \"HELD\", \"version\": " + m.path("version").asInt() + "}"));
        assertThat(held.path("status").asString()).isEqualTo("HELD");
        JsonNode written = json(officer.patchJson("/api/v1/meetings/" + id,
                "{\"minutes\": \"The office reviewed the flood season plan.\", \"version\": " + held.path("version")
                        .asInt() + "}"));
        assertThat(written.path("minutes").asString()).isEqualTo("The office reviewed the flood season plan.");
        assertThat(written.path("titleEn").asString()).isEqualTo("Office meeting 2033");
        assertThat(officer.postJson("/api/v1/meetings/" + id + "/status", "{\"status\": \"CANCELLED\"}").status())
                .isEqualTo(409);
        assertThat(json(officer.postJson("/api/v1/meetings/" + id + "/status", "{\"status\": \"CLOSED\"}"))
                .path("status").asString()).isEqualTo("CLOSED");
        assertThat(officer.patchJson("/api/v1/meetings/" + id, "{\"minutes\": \"late\"}").status()).isEqualTo(409);
        assertThat(officer.postJson("/api/v1/meetings/" + id + "/decisions", "{\"textEn\": \"late\"}").status())
                .isEqualTo(409);
        assertThat(officer.postJson("/api/v1/meetings/" + id + "/agenda", "{\"titleEn\": \"late\"}").status())
                .isEqualTo(409);
        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json(admin.get("/api/v1/audit?entityType=meeting&entityId=" + id));
        JsonNode closing = audit.path("items").get(0);
        assertThat(closing.path("action").asString()).isEqualTo("status");
        assertThat(closing.toString()).contains("HELD").contains("CLOSED");
    }

    @Test
    void decisionsAreNumberedPerCommitteeAndYearOfTheMeeting() {
        Http officer = signedIn(port, "officer", "city");
        long first = create(officer, Demo.CITY, 2034).path("id").asLong();
        long second = create(officer, Demo.CITY, 2034).path("id").asLong();
        long nextYear = create(officer, Demo.CITY, 2035).path("id").asLong();
        assertThat(decide(officer, first, "Inspect every reservoir", null).path("number").asString())
                .isEqualTo("DP-01-2034-001");
        assertThat(decide(officer, second, null, "排查危化品企业").path("number").asString())
                .isEqualTo("DP-01-2034-002");
        assertThat(decide(officer, first, "Report monthly", "每月报告").path("number").asString())
                .isEqualTo("DP-01-2034-003");
        assertThat(decide(officer, nextYear, "Next year", null).path("number").asString())
                .isEqualTo("DP-01-2035-001");
        Http.Response empty = officer.postJson("/api/v1/meetings/" + first + "/decisions", "{\"textEn\": \" \"}");
        assertThat(json(empty).path("errors").get(0).path("code").asString()).isEqualTo("decision.text.required");
        JsonNode list = json(officer.get("/api/v1/meetings/" + first + "/decisions"));
        assertThat(list.findValuesAsString("number")).containsExactly("DP-01-2034-001", "DP-01-2034-003");
        assertThat(json(officer.get("/api/v1/decisions/by-number/DP-01-2034-002")).path("textZh").asString())
                .isEqualTo("排查危化品企业");
        assertThat(json(officer.get("/api/v1/decisions?year=2034&jurisdiction=DP-01")).path("total").asInt())
                .isEqualTo(3);
    }

    @Test
    void anAdministratorSetsACommitteeCodeWhichLaterDecisionsCarry() {
        Http admin = signedIn(port, "administrator", "province");
        Http officer = signedIn(port, "officer", "city");
        assertThat(json(officer.get("/api/v1/meetings/committees/" + Demo.COUNTY)).path("code").asString())
                .isEqualTo(Demo.COUNTY);
        long before = create(officer, Demo.COUNTY, 2036).path("id").asLong();
        assertThat(decide(officer, before, "Before", null).path("number").asString()).isEqualTo("DP-01-01-2036-001");
        assertThat(officer.putJson("/api/v1/meetings/committees/" + Demo.COUNTY, "{\"code\": \"QSX\"}").status())
                .isEqualTo(403);
        Http.Response taken = admin.putJson("/api/v1/meetings/committees/" + Demo.COUNTY, "{\"code\": \"DP\"}");
        assertThat(json(taken).path("errors").get(0).path("code").asString()).isEqualTo("committee.code.taken");
        Http.Response invalid = admin.putJson("/api/v1/meetings/committees/" + Demo.COUNTY, "{\"code\": \"Q S\"}");
        assertThat(json(invalid).path("errors").get(0).path("code").asString()).isEqualTo("committee.code.invalid");
        Http.Response set = admin.putJson("/api/v1/meetings/committees/" + Demo.COUNTY, "{\"code\": \"QSX\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(decide(officer, before, "After", null).path("number").asString()).isEqualTo("QSX-2036-002");
        assertThat(json(officer.get("/api/v1/decisions/by-number/DP-01-01-2036-001")).path("textEn").asString())
                .isEqualTo("Before");
        Http cityAdmin = signedIn(port, "administrator", "city");
        Http.Response sibling = cityAdmin.putJson("/api/v1/meetings/committees/" + Demo.SIBLING_CITY,
                "{\"code\": \"ZZZ\"}");
        assertThat(json(sibling).path("errors").get(0).path("code").asString()).isEqualTo("jurisdiction.unknown");
        JsonNode audit = json(admin.get("/api/v1/audit?entityType=committee&entityId=" + Demo.COUNTY));
        assertThat(audit.path("items").get(0).toString()).contains("QSX").contains(Demo.COUNTY);
    }

    @Test
    void theMinutesComeAsPdfAndDocxInTheReadersLanguage() throws Exception {
        Http officer = signedIn(port, "officer", "city");
        JsonNode m = create(officer, meeting(Demo.CITY, "SPECIAL", "Special meeting on hazardous chemicals",
                "危险化学品安全专题会议", "2037-04-08T14:00:00+08:00", "[\"DP-01-EM\"]",
                "[{\"titleEn\": \"Storage inspection\", \"titleZh\": \"储存检查\"}]"));
        long id = m.path("id").asLong();
        decide(officer, id, "Relocate storage out of residential areas", "危化品仓储搬离居民区");
        byte[] english = officer.bytes("/api/v1/meetings/" + id + "/minutes?format=pdf");
        assertThat(MeetingFixtures.pdfText(english)).contains("Special meeting on hazardous chemicals")
                .contains("Relocate storage out of residential areas").contains("DP-01-2037-001");
        officer.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        byte[] chinese = officer.bytes("/meetings/" + id + "/minutes.pdf");
        String text = MeetingFixtures.pdfText(chinese);
        assertThat(text).contains("危险化学品安全专题会议").contains("危化品仓储搬离居民区").contains("会议纪要");
        byte[] docx = officer.bytes("/meetings/" + id + "/minutes.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("危险化学品安全专题会议").contains("储存检查")
                    .contains("DP-01-2037-001");
        }
        officer.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        assertThat(officer.get("/api/v1/meetings/" + id + "/minutes?format=odt").status()).isEqualTo(400);
    }
}
