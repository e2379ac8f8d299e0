package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The core promise: a user scoped to one city sees and changes nothing of its sibling city, whatever their role and
 * whether they use the pages, the API with a session, or the API with a token.
 */
@IntegrationTest
class ScopeMatrixIntegrationTests {

    private static final String SIBLING = Demo.SIBLING_CITY;
    private static final String SIBLING_COUNTY = Demo.SIBLING_COUNTY;

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    JurisdictionManagement jurisdictions;

    private final JsonMapper json = JsonMapper.builder().build();

    /** What the province sees of the sibling city, to compare against afterwards. */
    private record Sibling(String nameEn, String nameZh, String body, long children) {
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        assertThat(http.login(user, Demo.PASSWORD).location()).as("sign-in of " + user).doesNotContain("error");
        return http;
    }

    private Http withToken(String user) {
        Actor actor = users.loadForSignIn(user).orElseThrow().actor();
        String secret = CurrentActor.runAs(actor, () -> users.createToken(actor, null, "scope-matrix", 1, false)).secret();
        return new Http(port).bearer(secret);
    }

    private Sibling sibling(Http province) {
        var response = province.get("/api/v1/jurisdictions/" + SIBLING);
        assertThat(response.status()).isEqualTo(200);
        JsonNode node = json.readTree(response.body());
        long children = json.readTree(province.get("/api/v1/jurisdictions?parent=" + SIBLING).body()).path("total").asLong();
        return new Sibling(node.path("nameEn").asString(), node.path("nameZh").asString(), response.body(), children);
    }

    @ParameterizedTest(name = "{0} of the city")
    @ValueSource(strings = {"administrator", "coordinator", "analyst", "officer", "reporter", "inspector", "viewer"})
    void aCityUserSeesAndChangesNothingOfTheSiblingCity(String role) {
        Http province = signedIn(Demo.user("viewer", "province"));
        Sibling before = sibling(province);
        assertThat(before.nameEn()).isNotBlank();
        assertThat(before.nameZh()).isNotBlank();
        String user = Demo.user(role, "city");
        boolean administrator = "administrator".equals(role);

        Http session = signedIn(user);
        pagesHideTheSibling(session, before);
        apiHidesTheSibling(session, before, administrator, "session");
        apiHidesTheSibling(withToken(user), before, administrator, "token");
        boolean auditReader = List.of("administrator", "coordinator", "inspector").contains(role);
        auditHidesTheSibling(session, auditReader, "session");
        auditHidesTheSibling(withToken(user), auditReader, "token");

        Sibling after = sibling(province);
        assertThat(after).as("the sibling city is unchanged").isEqualTo(before);
    }

    private void pagesHideTheSibling(Http http, Sibling sibling) {
        for (String path : List.of("/jurisdictions/" + SIBLING, "/jurisdictions/" + SIBLING_COUNTY,
                "/jurisdictions/" + SIBLING + "/edit", "/jurisdictions/" + SIBLING + "/children")) {
            var page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain(sibling.nameEn()).doesNotContain(sibling.nameZh());
        }
        assertThat(http.get("/jurisdictions/" + Demo.CITY).status()).isEqualTo(200);
        for (String q : List.of(sibling.nameEn(), sibling.nameZh())) {
            String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
            for (String path : List.of("/jurisdictions?q=" + encoded, "/jurisdictions/search?q=" + encoded)) {
                var page = http.get(path);
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path).doesNotContain(SIBLING);
            }
        }
        var home = http.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).doesNotContain(sibling.nameEn()).doesNotContain(sibling.nameZh()).doesNotContain(SIBLING);
        for (int page = 0; page < 100; page++) {
            var units = http.get("/units?page=" + page);
            assertThat(units.status()).isEqualTo(200);
            assertThat(units.body()).as("units page %d", page).doesNotContain(SIBLING + "-");
            if (page == 0) {
                assertThat(units.body()).contains(Demo.CITY + "-");
            }
            if (!units.body().contains("/units?page=" + (page + 1))) {
                break;
            }
        }
    }

    private void apiHidesTheSibling(Http http, Sibling sibling, boolean administrator, String channel) {
        for (String path : List.of("/api/v1/jurisdictions/" + SIBLING, "/api/v1/jurisdictions?parent=" + SIBLING,
                "/api/v1/jurisdictions/" + SIBLING + "/map", "/api/v1/jurisdictions/" + SIBLING + "/units",
                "/api/v1/jurisdictions/" + SIBLING + "/figures", "/api/v1/jurisdictions/" + SIBLING_COUNTY,
                "/api/v1/jurisdictions/export?root=" + SIBLING)) {
            var response = http.get(path);
            assertThat(response.status()).as(channel + " " + path).isEqualTo(404);
            assertThat(response.body()).as(channel + " " + path).doesNotContain(sibling.nameEn())
                    .doesNotContain(sibling.nameZh());
        }
        assertThat(http.get("/api/v1/jurisdictions/" + Demo.CITY).status()).as(channel).isEqualTo(200);
        for (String q : List.of(sibling.nameEn(), sibling.nameZh(), SIBLING, SIBLING_COUNTY)) {
            var response = http.get("/api/v1/jurisdictions?size=500&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(response.status()).as(channel + " search " + q).isEqualTo(200);
            assertThat(codes(response.body())).as(channel + " search " + q).noneMatch(ScopeMatrixIntegrationTests::inSibling);
        }
        List<String> unitCodes = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonNode units = json.readTree(http.get("/api/v1/units?size=500&page=" + page).body());
            units.path("items").forEach(u -> unitCodes.add(u.path("code").asString()));
            if (!units.path("items").isEmpty() && (long) (page + 1) * 500 < units.path("total").asLong()) {
                continue;
            }
            break;
        }
        assertThat(unitCodes).as(channel + " units").anyMatch(c -> c.startsWith(Demo.CITY + "-"))
                .noneMatch(c -> c.startsWith(SIBLING + "-"));

        String newCode = "SM-" + UUID.randomUUID().toString().substring(0, 8);
        var update = http.putJson("/api/v1/jurisdictions/" + SIBLING, "{\"nameEn\":\"Taken\",\"nameZh\":\"Taken\"}");
        var create = http.postJson("/api/v1/jurisdictions", "{\"code\":\"" + newCode + "\",\"parentCode\":\"" + SIBLING
                + "\",\"nameEn\":\"Planted\",\"nameZh\":\"Planted\"}");
        var deactivate = http.postJson("/api/v1/jurisdictions/" + SIBLING + "/deactivate", "");
        var deactivateCounty = http.postJson("/api/v1/jurisdictions/" + SIBLING_COUNTY + "/deactivate", "");
        var move = http.postJson("/api/v1/jurisdictions/" + SIBLING_COUNTY + "/move", "{\"parentCode\":\"" + Demo.CITY + "\"}");
        if (administrator) {
            assertThat(update.status()).as(channel + " update").isEqualTo(404);
            assertThat(create.status()).as(channel + " create").isEqualTo(400);
            assertThat(deactivate.status()).as(channel + " deactivate").isEqualTo(404);
            assertThat(deactivateCounty.status()).as(channel + " deactivate county").isEqualTo(404);
            assertThat(move.status()).as(channel + " move").isEqualTo(404);
        } else {
            for (var r : List.of(update, create, deactivate, deactivateCounty, move)) {
                assertThat(r.status()).as(channel + " write").isEqualTo(403);
            }
        }
        for (var r : List.of(update, create, deactivate, deactivateCounty, move)) {
            assertThat(r.body()).doesNotContain(sibling.nameEn()).doesNotContain(sibling.nameZh());
        }
        Http province = signedIn(Demo.user("administrator", "province"));
        assertThat(province.get("/api/v1/jurisdictions/" + newCode).status()).as(channel + " nothing was created").isEqualTo(404);
        JsonNode county = json.readTree(province.get("/api/v1/jurisdictions/" + SIBLING_COUNTY).body());
        assertThat(county.path("parentCode").asString()).isEqualTo(SIBLING);
        assertThat(county.path("active").asBoolean()).isTrue();
    }

    /** A change inside the sibling city, so that its audit log has something that must stay hidden. */
    private static String siblingChange;

    private synchronized String siblingChange() {
        if (siblingChange == null) {
            String code = "SMX-" + UUID.randomUUID().toString().substring(0, 8);
            var created = signedIn(Demo.user("administrator", "province")).postJson("/api/v1/jurisdictions",
                    "{\"code\":\"" + code + "\",\"parentCode\":\"" + SIBLING_COUNTY + "\",\"nameEn\":\"Hidden\",\"nameZh\":\"Hidden\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            siblingChange = code;
        }
        return siblingChange;
    }

    private void auditHidesTheSibling(Http http, boolean reader, String channel) {
        String change = siblingChange();
        String siblingPath = jurisdictions.get(Actor.system(), SIBLING).path();
        var seenByProvince = signedIn(Demo.user("administrator", "province")).get("/api/v1/audit?entityId=" + change);
        assertThat(json.readTree(seenByProvince.body()).path("items").get(0).path("jurisdictionPath").asString())
                .as("the province sees the change in the sibling city").startsWith(siblingPath);
        if (!reader) {
            assertThat(http.get("/api/v1/audit").status()).as(channel).isEqualTo(403);
            return;
        }
        List<String> paths = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            var response = http.get("/api/v1/audit?size=500&page=" + page);
            assertThat(response.status()).as(channel + " audit").isEqualTo(200);
            JsonNode items = json.readTree(response.body()).path("items");
            items.forEach(e -> paths.add(e.path("jurisdictionPath").asString()));
            if (items.size() < 500) {
                break;
            }
        }
        assertThat(paths).as(channel + " audit paths").isNotEmpty().noneMatch(p -> p.startsWith(siblingPath));
        var filtered = http.get("/api/v1/audit?entityType=jurisdiction&entityId=" + change);
        assertThat(json.readTree(filtered.body()).path("total").asLong()).as(channel).isZero();
        if ("session".equals(channel)) {
            assertThat(http.get("/audit").body()).doesNotContain(siblingPath).doesNotContain(change);
            assertThat(http.get("/").body()).doesNotContain(change);
        }
    }

    private List<String> codes(String page) {
        List<String> codes = new ArrayList<>();
        json.readTree(page).path("items").forEach(item -> codes.add(item.path("code").asString()));
        return codes;
    }

    private static boolean inSibling(String code) {
        return code.equals(SIBLING) || code.startsWith(SIBLING + "-");
    }
}
