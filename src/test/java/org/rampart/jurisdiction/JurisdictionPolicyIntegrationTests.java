package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the jurisdiction pages offer follows {@link JurisdictionPolicy}; the forms ask for a name in either language. */
@IntegrationTest
class JurisdictionPolicyIntegrationTests {

    private static final String SAVE = "type=\"submit\">Save</button>";

    @LocalServerPort
    int port;

    private Http user(String role, String place) {
        Http http = new Http(port);
        http.login(Demo.user(role, place), Demo.PASSWORD);
        return http;
    }

    @Test
    void aCoordinatorReadsTheTreeButIsOfferedNoChangeAndGetsNoForm() {
        Http http = user("coordinator", "province");
        String detail = http.get("/jurisdictions/" + Demo.COUNTY).body();
        String at = "/jurisdictions/" + Demo.COUNTY;
        assertThat(detail).contains(Demo.COUNTY).doesNotContain("/jurisdictions/new?parent=")
                .doesNotContain(at + "/edit").doesNotContain(at + "/move").doesNotContain(at + "/deactivate")
                .doesNotContain(at + "/units\"");
        assertThat(http.get("/jurisdictions").body()).doesNotContain("href=\"/jurisdictions/import\"");
        assertThat(http.get("/jurisdictions/levels").body()).doesNotContain(SAVE).contains("readonly");
        assertThat(http.get("/jurisdictions/new?parent=" + Demo.COUNTY).status()).isEqualTo(403);
        assertThat(http.get("/jurisdictions/" + Demo.COUNTY + "/edit").status()).isEqualTo(403);
        assertThat(http.get("/jurisdictions/import").status()).isEqualTo(403);
    }

    @Test
    void aCityAdministratorChangesTheirCityButMovesOnlyWhatLiesBelowItAndRenamesNoLevel() {
        Http http = user("administrator", "city");
        String own = http.get("/jurisdictions/" + Demo.CITY).body();
        assertThat(own).contains("/jurisdictions/new?parent=" + Demo.CITY).contains("/jurisdictions/" + Demo.CITY + "/edit")
                .doesNotContain("/jurisdictions/" + Demo.CITY + "/move").doesNotContain("/jurisdictions/" + Demo.CITY + "/deactivate");
        String below = http.get("/jurisdictions/" + Demo.COUNTY).body();
        assertThat(below).contains("/jurisdictions/" + Demo.COUNTY + "/move")
                .contains("/jurisdictions/" + Demo.COUNTY + "/deactivate");
        assertThat(http.get("/jurisdictions").body()).contains("href=\"/jurisdictions/import\"");
        assertThat(http.get("/jurisdictions/levels").body()).doesNotContain(SAVE).contains("readonly");
        assertThat(user("administrator", "province").get("/jurisdictions/levels").body()).contains(SAVE)
                .doesNotContain("readonly");
    }

    @Test
    void theFormsAskForANameInEitherLanguageAndAChineseNameAloneIsEnough() {
        Http http = user("administrator", "province");
        String form = http.get("/jurisdictions/new?parent=" + Demo.COUNTY).body();
        assertThat(form).doesNotContainPattern("name=\"name(En|Zh)\"[^>]*required")
                .contains("A name in English, in Chinese or in both");
        assertThat(http.get("/jurisdictions/" + Demo.COUNTY).body())
                .doesNotContainPattern("name=\"name(En|Zh)\"[^>]*required")
                .contains("A name in English, in Chinese or in both");

        String code = "JP-" + UUID.randomUUID().toString().substring(0, 8);
        var created = http.postForm("/jurisdictions/new", Map.of("code", code, "parentCode", Demo.COUNTY,
                "nameEn", "", "nameZh", "只有中文", "population", ""));
        assertThat(created.status()).isEqualTo(302);
        assertThat(http.get("/jurisdictions/" + code).body()).contains("只有中文");
        String unit = "JU-" + UUID.randomUUID().toString().substring(0, 8);
        http.postForm("/jurisdictions/" + code + "/units", Map.of("unitCode", unit, "kind", "water", "nameEn", "",
                "nameZh", "防汛办"));
        assertThat(http.get("/api/v1/units/" + unit).body()).contains("防汛办");
    }
}
