package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.supervision.DirectiveFixtures.JSON;
import static org.rampart.supervision.DirectiveFixtures.circulatedToCityOffices;
import static org.rampart.support.Sessions.signedIn;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Role;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DirectivePageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Test
    void theOfficeWritesADraftOnTheFormAndCirculatesItFromItsPage() {
        Http province = signedIn(port, "coordinator", "province");
        assertThat(province.get("/supervision/directives/new").body()).contains("name=\"number\"", "data-jurisdiction-picker");
        String number = Sessions.uniqueCode("PAGE");
        Http.Response refused = province.postForm("/supervision/directives/new", Map.of("number", number,
                "jurisdiction", "DP", "text", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Please correct the following", "Text: is required");
        Http.Response created = province.postForm("/supervision/directives/new", Map.of("number", number,
                "jurisdiction", "DP", "titleEn", "Winter fire safety", "text", "Check the markets.",
                "reportRequired", "on", "reportDue", java.time.LocalDate.now().plusDays(9).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = java.net.URI.create(created.location()).getPath();
        assertThat(province.get(page).body()).contains("Winter fire safety", "Circulate now", "Draft");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1).replaceAll("#.*", ""));
        Http.Response circulated = province.postForm("/supervision/directives/" + id + "/circulate",
                Map.of("mode", "UNITS", "units", "DP-01-OFFICE, DP-02-OFFICE\nDP-EM"));
        assertThat(circulated.status()).isEqualTo(302);
        String tree = province.get("/supervision/directives/" + id).body();
        assertThat(tree).contains("Who has confirmed, passed on and reported", "DP-01-OFFICE", "DP-EM", "Not confirmed",
                "No report");

        Http chinese = signedIn(port, "coordinator", "province").language("zh-CN");
        chinese.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        assertThat(chinese.get("/supervision/directives/" + id).body()).contains("签收、转发和报告情况", "未签收");
    }

    @Test
    void aUnitConfirmsOnThePageAndItsListShowsWhatIsLeftToConfirm() {
        Http province = signedIn(port, "coordinator", "province");
        long id = circulatedToCityOffices(province, false);
        Http city = signedIn(port, "coordinator", "city");
        String number = JSON.readTree(province.get("/api/v1/directives/" + id).body()).path("number").asString();
        assertThat(city.get("/supervision/directives/to-confirm").body()).contains(number, "Directives to confirm");
        String page = city.get("/supervision/directives/" + id).body();
        assertThat(page).contains("Confirm for the unit").contains("The receipts in your scope");
        long receipt = JSON.readTree(city.get("/api/v1/directives/" + id).body()).path("ownReceipt").path("id").asLong();
        Http.Response confirmed = city.postForm("/supervision/directives/" + id + "/receipts/" + receipt + "/confirm", Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(city.get("/supervision/directives/to-confirm").body()).doesNotContain(number);
        assertThat(city.get("/supervision/directives/" + id).body()).contains("Pass on to the units below", "Confirmed");

        // the sibling city sees its own part of the tree only, and nothing of a directive sent to DP-01 alone
        String sibling = DirectiveFixtures.user(users, Role.OFFICER, "DP-02", "DP-02-EM");
        Http dp02 = DirectiveFixtures.signedInAs(port, sibling);
        String dp02Page = dp02.get("/supervision/directives/" + id).body();
        assertThat(dp02Page).contains("DP-02-OFFICE").doesNotContain("DP-01-OFFICE").doesNotContain("DP-03-OFFICE");
        long onlyDp01 = DirectiveFixtures.create(province, DirectiveFixtures.draft(Sessions.uniqueCode("ONE"), null,
                false, null)).path("id").asLong();
        assertThat(province.postJson("/api/v1/directives/" + onlyDp01 + "/circulate",
                "{\"mode\":\"UNITS\",\"units\":[\"DP-01-OFFICE\"]}").status()).isEqualTo(200);
        String onlyNumber = JSON.readTree(province.get("/api/v1/directives/" + onlyDp01).body()).path("number").asString();
        assertThat(dp02.get("/supervision/directives/" + onlyDp01).status()).isEqualTo(404);
        assertThat(dp02.get("/supervision/directives").body()).contains(number).doesNotContain(onlyNumber);
    }
}
