package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The search-as-you-type lookup behind every jurisdiction field: both languages, codes, paths, the caller's scope. */
@IntegrationTest
class JurisdictionLookupIntegrationTests {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    private JsonNode lookup(Http http, String q) {
        Http.Response r = http.get("/api/v1/jurisdictions/lookup?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body()).path("items");
    }

    private JsonNode jurisdiction(String code) {
        return json.readTree(signedIn("viewer", "province").get("/api/v1/jurisdictions/" + code).body());
    }

    @Test
    void findsByChineseNameEnglishNameAndCodeWithThePathAbove() {
        JsonNode county = jurisdiction(Demo.COUNTY);
        JsonNode city = jurisdiction(Demo.CITY);
        Http http = signedIn("viewer", "province");

        JsonNode byZh = lookup(http, county.path("nameZh").asString());
        JsonNode match = find(byZh, Demo.COUNTY);
        assertThat(match).as("%s", byZh).isNotNull();
        assertThat(match.path("name").asString()).isEqualTo(county.path("nameEn").asString());
        assertThat(match.path("lang").asString()).isEqualTo("en");
        assertThat(match.path("path").get(0).path("code").asString()).isEqualTo(Demo.PROVINCE);
        assertThat(match.path("path").get(1).path("code").asString()).isEqualTo(Demo.CITY);
        assertThat(match.path("path").get(1).path("name").asString()).isEqualTo(city.path("nameEn").asString());

        assertThat(find(lookup(http, county.path("nameEn").asString()), Demo.COUNTY)).isNotNull();
        JsonNode byCode = lookup(http, Demo.COUNTY);
        assertThat(byCode.get(0).path("code").asString()).isEqualTo(Demo.COUNTY);

        Http zh = signedIn("viewer", "province");
        zh.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/"));
        try {
            JsonNode chinese = lookup(zh, Demo.COUNTY).get(0);
            assertThat(chinese.path("name").asString()).isEqualTo(county.path("nameZh").asString());
            assertThat(chinese.path("lang").asString()).isEqualTo("zh");
        } finally {
            zh.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/"));
        }
    }

    @Test
    void listsOnlyTheCallersScope() {
        JsonNode sibling = jurisdiction(Demo.SIBLING_CITY);
        Http http = signedIn("viewer", "city");
        for (String q : new String[] {sibling.path("nameZh").asString(), sibling.path("nameEn").asString(),
                Demo.SIBLING_CITY, Demo.SIBLING_COUNTY, Demo.PROVINCE}) {
            Http.Response r = http.get("/api/v1/jurisdictions/lookup?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.status()).isEqualTo(200);
            assertThat(json.readTree(r.body()).path("items").size()).as(q).isZero();
            assertThat(r.body()).doesNotContain(Demo.SIBLING_CITY).doesNotContain(sibling.path("nameZh").asString());
        }
        JsonNode own = lookup(http, Demo.COUNTY).get(0);
        assertThat(own.path("code").asString()).isEqualTo(Demo.COUNTY);
        assertThat(own.path("path").size()).as("the path starts at the caller's topmost jurisdiction").isEqualTo(1);
        assertThat(own.path("path").get(0).path("code").asString()).isEqualTo(Demo.CITY);
    }

    @Test
    void boardsShowNamesNextToCodes() {
        Http http = signedIn("coordinator", "province");
        for (String page : new String[] {"/incidents", "/risks", "/admin/users"}) {
            String html = http.get(page).body();
            assertThat(html).as(page).containsPattern("<span class=\"place text-nowrap\"><span\\s+lang=\"(en|zh)\">[^<]+</span>\\s+<code");
        }
    }

    private static JsonNode find(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (code.equals(item.path("code").asString())) {
                return item;
            }
        }
        return null;
    }
}
