package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.supervision.DirectiveFixtures.JSON;
import static org.rampart.supervision.DirectiveFixtures.circulatedToCityOffices;
import static org.rampart.supervision.DirectiveFixtures.create;
import static org.rampart.supervision.DirectiveFixtures.draft;
import static org.rampart.supervision.DirectiveFixtures.multipart;
import static org.rampart.supervision.DirectiveFixtures.receiptOf;
import static org.rampart.support.Sessions.signedIn;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Role;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DirectiveApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeCirculatesToEveryCityOfficeWhichConfirmsPassesOnAndReportsAndTheSenderSeesTheTree() {
        Http province = signedIn(port, "coordinator", "province");
        long id = circulatedToCityOffices(province, true);

        JsonNode directive = JSON.readTree(province.get("/api/v1/directives/" + id).body());
        assertThat(directive.path("status").asString()).isEqualTo("CIRCULATED");
        assertThat(directive.path("sendingUnit").asString()).isEqualTo("DP-OFFICE");
        JsonNode receipts = JSON.readTree(province.get("/api/v1/directives/" + id + "/receipts").body());
        assertThat(receipts.size()).as("the offices of the 21 cities").isEqualTo(21);
        assertThat(receipts.findValuesAsString("unit")).contains("DP-01-OFFICE", "DP-21-OFFICE")
                .allMatch(u -> u.endsWith("-OFFICE"));

        Http city = signedIn(port, "coordinator", "city");
        JsonNode own = JSON.readTree(city.get("/api/v1/directives/" + id).body()).path("ownReceipt");
        assertThat(own.path("unit").asString()).isEqualTo("DP-01-OFFICE");
        long receipt = own.path("id").asLong();
        JsonNode toConfirm = JSON.readTree(city.get("/api/v1/directives/to-confirm").body());
        assertThat(toConfirm.findValuesAsString("number")).contains(directive.path("number").asString());

        Http.Response early = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/pass-on",
                "{\"mode\":\"ALL_BELOW\",\"kinds\":[\"office\"]}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("directive.receipt.not-confirmed");

        Http.Response confirmed = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(JSON.readTree(confirmed.body()).path("confirmedBy").asString()).isEqualTo("coordinator.city");
        Http.Response twice = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/confirm", "");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("directive.receipt.already-confirmed");

        Http.Response passed = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/pass-on",
                "{\"mode\":\"ALL_BELOW\",\"kinds\":[\"office\"]}");
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat(JSON.readTree(passed.body()).path("passOn").asString()).isEqualTo("PASSED");

        Http county = signedIn(port, "coordinator", "county");
        JsonNode countyOwn = JSON.readTree(county.get("/api/v1/directives/" + id).body()).path("ownReceipt");
        assertThat(countyOwn.path("unit").asString()).isEqualTo("DP-01-01-OFFICE");
        assertThat(countyOwn.path("depth").asInt()).isEqualTo(2);
        assertThat(countyOwn.path("parentId").asLong()).isEqualTo(receipt);
        long countyReceipt = countyOwn.path("id").asLong();
        assertThat(county.postJson("/api/v1/directives/" + id + "/receipts/" + countyReceipt + "/confirm", "").status())
                .isEqualTo(200);
        Http.Response report = county.postJson("/api/v1/directives/" + id + "/receipts/" + countyReceipt + "/report",
                "{\"text\":\"Every dam of the county is checked by the end of the month.\"}");
        assertThat(report.status()).as(report.body()).isEqualTo(200);

        JsonNode tree = JSON.readTree(province.get("/api/v1/directives/" + id + "/tree").body());
        JsonNode counts = tree.path("counts");
        int counties = jdbc.sql("select count(*) from supervision_directive_receipt where directive_id = :d and depth = 2")
                .param("d", id).query(Integer.class).single();
        assertThat(counties).as("the offices of DP-01's counties").isGreaterThan(1);
        assertThat(counts.path("receipts").asInt()).isEqualTo(21 + counties);
        assertThat(counts.path("confirmed").asInt()).isEqualTo(2);
        assertThat(counts.path("passedOn").asInt()).isEqualTo(1);
        assertThat(counts.path("reported").asInt()).isEqualTo(1);
        assertThat(counts.path("levels").asInt()).isEqualTo(2);
        JsonNode dp01 = null;
        for (JsonNode n : tree.path("receipts")) {
            if ("DP-01-OFFICE".equals(n.path("receipt").path("unit").asString())) {
                dp01 = n;
            }
        }
        assertThat(dp01).isNotNull();
        assertThat(dp01.path("children").size()).isEqualTo(counties);
        assertThat(dp01.path("gaps").toString()).contains("NOT_REPORTED").doesNotContain("UNCONFIRMED");
        JsonNode dp02 = tree.path("receipts").get(1);
        assertThat(dp02.path("receipt").path("unit").asString()).isEqualTo("DP-02-OFFICE");
        assertThat(dp02.path("gaps").toString()).contains("UNCONFIRMED", "NOT_PASSED_ON", "NOT_REPORTED");

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = JSON.readTree(admin.get("/api/v1/audit?entityType=directive-receipt&entityId=" + receipt).body());
        assertThat(audit.path("items").findValuesAsString("action")).contains("confirm", "pass-on");
        assertThat(audit.path("items").get(0).path("before").asString()).containsPattern("\"passOn\":\\s*null");
    }

    @Test
    void aSiblingCitySeesOnlyItsOwnReceiptAndAnotherCitysAnswersNotFound() {
        Http province = signedIn(port, "coordinator", "province");
        long id = circulatedToCityOffices(province, false);
        String sibling = DirectiveFixtures.user(users, Role.COORDINATOR, "DP-02", "DP-02-OFFICE");
        Http dp02 = DirectiveFixtures.signedInAs(port, sibling);
        JsonNode receipts = JSON.readTree(dp02.get("/api/v1/directives/" + id + "/receipts").body());
        assertThat(receipts.findValuesAsString("unit")).containsExactly("DP-02-OFFICE");

        Http city = signedIn(port, "coordinator", "city");
        long dp01 = JSON.readTree(city.get("/api/v1/directives/" + id).body()).path("ownReceipt").path("id").asLong();
        assertThat(dp02.get("/api/v1/directives/" + id + "/receipts/" + dp01).status()).isEqualTo(404);
        assertThat(dp02.postJson("/api/v1/directives/" + id + "/receipts/" + dp01 + "/confirm", "").status()).isEqualTo(404);
        JsonNode tree = JSON.readTree(dp02.get("/api/v1/directives/" + id + "/tree").body());
        assertThat(tree.path("counts").path("receipts").asInt()).isEqualTo(1);

        // a member of the unit who is only a viewer reads but does not confirm; another unit's member neither
        Http viewer = signedIn(port, "viewer", "city");
        assertThat(viewer.postJson("/api/v1/directives/" + id + "/receipts/" + dp01 + "/confirm", "").status())
                .isEqualTo(403);
        Http officer = signedIn(port, "officer", "city");
        assertThat(officer.postJson("/api/v1/directives/" + id + "/receipts/" + dp01 + "/confirm", "").status())
                .isEqualTo(403);

        // a draft is seen only by the sending scope
        long draft = create(province, draft(Sessions.uniqueCode("DRAFT"), null, false, null)).path("id").asLong();
        assertThat(city.get("/api/v1/directives/" + draft).status()).isEqualTo(404);
    }

    @Test
    void documentsAreDownloadedPerUnitWithinTheirLimitsAndOnlyOnDrafts() {
        Http province = signedIn(port, "coordinator", "province");
        long id = create(province, draft(Sessions.uniqueCode("DOC"), LocalDate.now().plusDays(3), false, null))
                .path("id").asLong();
        byte[] pdf = "%PDF-1.4 directive".getBytes(StandardCharsets.US_ASCII);
        Http.Response attached = province.post("/api/v1/directives/" + id + "/documents", "multipart/form-data; boundary=XyZ",
                multipart("XyZ", "通知.pdf", "application/pdf", pdf));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        String href = JSON.readTree(attached.body()).path("href").asString();
        Http.Response empty = province.post("/api/v1/directives/" + id + "/documents", "multipart/form-data; boundary=XyZ",
                multipart("XyZ", "empty.txt", "text/plain", new byte[0]));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("directive.document.empty");
        for (int i = 1; i < 10; i++) {
            assertThat(province.post("/api/v1/directives/" + id + "/documents", "multipart/form-data; boundary=XyZ",
                    multipart("XyZ", "annex-" + i + ".txt", "text/plain", ("annex " + i).getBytes())).status()).isEqualTo(201);
        }
        Http.Response eleventh = province.post("/api/v1/directives/" + id + "/documents", "multipart/form-data; boundary=XyZ",
                multipart("XyZ", "annex-11.txt", "text/plain", "one too many".getBytes()));
        assertThat(eleventh.status()).isEqualTo(400);
        assertThat(eleventh.body()).contains("directive.documents.too-many");

        assertThat(province.postJson("/api/v1/directives/" + id + "/circulate",
                "{\"mode\":\"UNITS\",\"units\":[\"DP-01-OFFICE\",\"DP-EM\"]}").status()).isEqualTo(200);
        Http.Response late = province.post("/api/v1/directives/" + id + "/documents", "multipart/form-data; boundary=XyZ",
                multipart("XyZ", "late.txt", "text/plain", "late".getBytes()));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("directive.circulated-unchangeable");

        Http city = signedIn(port, "coordinator", "city");
        byte[] downloaded = city.bytes(href);
        assertThat(downloaded).isEqualTo(pdf);
        JsonNode receipts = JSON.readTree(province.get("/api/v1/directives/" + id + "/receipts").body());
        assertThat(receiptOf(receipts, "DP-01-OFFICE").path("downloads").asInt()).isEqualTo(1);
        assertThat(receiptOf(receipts, "DP-EM").path("downloads").asInt()).isZero();
        JsonNode tree = JSON.readTree(province.get("/api/v1/directives/" + id + "/tree").body());
        assertThat(tree.path("counts").path("downloaded").asInt()).isEqualTo(1);
        assertThat(tree.toString()).contains("NOT_DOWNLOADED");
    }

    @Test
    void badInputGetsPreciseProblemsAndUnknownMembersAreRefused() {
        Http province = signedIn(port, "coordinator", "province");
        Http.Response unknownMember = province.postJson("/api/v1/directives",
                "{\"number\":\"X\",\"titleEn\":\"t\",\"text\":\"x\",\"jurisdiction\":\"DP\",\"colour\":\"red\"}");
        assertThat(unknownMember.status()).isEqualTo(400);
        assertThat(unknownMember.body()).contains("colour");

        Http.Response bad = province.postJson("/api/v1/directives", """
                {"number":"","titleEn":"","titleZh":"","text":"","jurisdiction":"DP","confirmBy":"2020-01-01",
                 "reportRequired":true}""");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode errors = JSON.readTree(bad.body()).path("errors");
        assertThat(errors.findValuesAsString("code")).contains("value.required", "name.required",
                "directive.confirm-by.past");
        assertThat(errors.findValuesAsString("field")).contains("number", "text", "titleEn", "confirmBy", "reportDue");

        String number = Sessions.uniqueCode("DUP");
        create(province, draft(number, null, false, null));
        Http.Response taken = province.postJson("/api/v1/directives", draft(number.toLowerCase(), null, false, null));
        assertThat(taken.body()).contains("directive.number.taken");

        Http city = signedIn(port, "coordinator", "city");
        Http.Response outside = city.postJson("/api/v1/directives", draft(Sessions.uniqueCode("C"), null, false, null));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("jurisdiction.unknown");

        long id = create(province, draft(Sessions.uniqueCode("BAD"), null, false, null)).path("id").asLong();
        Http.Response units = province.postJson("/api/v1/directives/" + id + "/circulate",
                "{\"mode\":\"UNITS\",\"units\":[\"DP-01-OFFICE\",\"NO-SUCH-UNIT\"]}");
        assertThat(units.status()).isEqualTo(400);
        JsonNode unitErrors = JSON.readTree(units.body()).path("errors");
        assertThat(unitErrors.get(0).path("code").asString()).isEqualTo("directive.unit.unknown");
        assertThat(unitErrors.get(0).path("index").asInt()).isEqualTo(1);
        Http.Response none = province.postJson("/api/v1/directives/" + id + "/circulate", "{\"mode\":\"NONE\"}");
        assertThat(none.body()).contains("directive.recipients.none-at-circulation");
        assertThat(JSON.readTree(province.get("/api/v1/directives/" + id).body()).path("status").asString())
                .as("nothing half-written").isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from supervision_directive_receipt where directive_id = :d").param("d", id)
                .query(Integer.class).single()).isZero();

        Http officer = signedIn(port, "officer", "province");
        assertThat(officer.postJson("/api/v1/directives", draft(Sessions.uniqueCode("O"), null, false, null)).status())
                .isEqualTo(403);
    }

    @Test
    void theCityPassesOnOnlyToUnitsDirectlyBelowOrSaysItDoesNotApply() {
        Http province = signedIn(port, "coordinator", "province");
        long id = circulatedToCityOffices(province, false);
        Http city = signedIn(port, "coordinator", "city");
        long receipt = JSON.readTree(city.get("/api/v1/directives/" + id).body()).path("ownReceipt").path("id").asLong();
        city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/confirm", "");
        Http.Response sibling = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/pass-on",
                "{\"mode\":\"UNITS\",\"units\":[\"DP-02-01-OFFICE\",\"DP-01-EM\",\"DP-01-01-EM\"]}");
        assertThat(sibling.status()).isEqualTo(400);
        JsonNode errors = JSON.readTree(sibling.body()).path("errors");
        assertThat(errors.findValuesAsString("code")).containsExactly("directive.unit.unknown",
                "directive.unit.not-directly-below");
        Http.Response noNote = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/pass-on",
                "{\"mode\":\"NONE\"}");
        assertThat(noNote.body()).contains("\"field\":\"note\"");
        Http.Response notApplicable = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/pass-on",
                "{\"mode\":\"NONE\",\"note\":\"Only the city office is concerned.\"}");
        assertThat(notApplicable.status()).as(notApplicable.body()).isEqualTo(200);
        assertThat(JSON.readTree(notApplicable.body()).path("passOn").asString()).isEqualTo("NOT_APPLICABLE");
        Http.Response picked = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/pass-on",
                "{\"mode\":\"UNITS\",\"units\":[\"DP-01-01-EM\"]}");
        assertThat(picked.status()).as(picked.body()).isEqualTo(200);
        assertThat(JSON.readTree(picked.body()).path("passOn").asString()).isEqualTo("PASSED");
        Http.Response again = city.postJson("/api/v1/directives/" + id + "/receipts/" + receipt + "/pass-on",
                "{\"mode\":\"UNITS\",\"units\":[\"DP-01-01-EM\"]}");
        assertThat(again.body()).contains("directive.unit.already-received");
    }
}
