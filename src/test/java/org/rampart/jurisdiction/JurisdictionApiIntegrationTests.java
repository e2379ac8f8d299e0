package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class JurisdictionApiIntegrationTests {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    @Test
    void provinceViewerSeesTheWholeDemoProvinceWithPaging() {
        Http http = signedIn("viewer", "province");
        JsonNode roots = json.readTree(http.get("/api/v1/jurisdictions").body());
        assertThat(roots.path("items").get(0).path("code").asString()).isEqualTo(Demo.PROVINCE);
        JsonNode cities = json.readTree(http.get("/api/v1/jurisdictions?parent=DP&size=10&page=1").body());
        assertThat(cities.path("total").asLong()).isEqualTo(21);
        assertThat(cities.path("items").size()).isEqualTo(10);
        assertThat(cities.path("page").asInt()).isEqualTo(1);
        assertThat(cities.path("items").get(0).path("code").asString()).isEqualTo("DP-11");
    }

    @Test
    void cityUserCannotReadListSearchOrMapASiblingCity() {
        Http http = signedIn("viewer", "city");
        assertThat(http.get("/api/v1/jurisdictions/" + Demo.CITY).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/jurisdictions/" + Demo.SIBLING_CITY).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/jurisdictions/" + Demo.PROVINCE).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/jurisdictions?parent=" + Demo.SIBLING_CITY).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/jurisdictions/" + Demo.SIBLING_CITY + "/map").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/jurisdictions/" + Demo.SIBLING_COUNTY).status()).isEqualTo(404);
        JsonNode roots = json.readTree(http.get("/api/v1/jurisdictions").body());
        assertThat(roots.path("total").asLong()).isEqualTo(1);
        assertThat(roots.path("items").get(0).path("code").asString()).isEqualTo(Demo.CITY);
        String siblingName = json.readTree(signedIn("viewer", "province").get("/api/v1/jurisdictions/" + Demo.SIBLING_CITY)
                .body()).path("nameEn").asString();
        String search = http.get("/api/v1/jurisdictions?q=" + siblingName.split(" ")[0]).body();
        assertThat(search).doesNotContain("\"" + Demo.SIBLING_CITY + "\"").doesNotContain(siblingName);
        Http page = signedIn("viewer", "city");
        var detail = page.get("/jurisdictions/" + Demo.SIBLING_CITY);
        assertThat(detail.status()).isEqualTo(404);
        assertThat(detail.body()).doesNotContain(siblingName);
    }

    @Test
    void mapOfAJurisdictionHoldsItsOutlineAndItsChildrensBoundaries() {
        Http http = signedIn("viewer", "province");
        JsonNode map = json.readTree(http.get("/api/v1/jurisdictions/DP/map").body());
        assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
        long children = 0;
        for (JsonNode f : map.path("features")) {
            if ("child".equals(f.path("properties").path("role").asString())) {
                children++;
            }
        }
        assertThat(children).isEqualTo(21);
    }

    @Test
    void unauthenticatedApiCallsGetAProblemDetail() {
        var response = new Http(port).get("/api/v1/jurisdictions");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(response.body()).path("status").asInt()).isEqualTo(401);
    }
}
