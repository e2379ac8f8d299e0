package org.rampart.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UserAdminIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and entity_type = 'user' and entity_id = :u")
                .param("a", action).param("u", username).query(Long.class).single();
    }

    @Test
    void administratorCreatesAUserThroughTheFormAndTheCreationIsAudited() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        assertThat(admin.get("/admin/users/new").status()).isEqualTo(200);
        String username = TestUsers.unique("form");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "Form User");
        form.put("roles", "ANALYST");
        form.put("jurisdiction", Demo.CITY);
        form.put("unit", "");
        form.put("password", TestUsers.PASSWORD);
        Http.Response created = admin.postForm("/admin/users/new", form);
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/admin/users/" + username);
        String detail = admin.get("/admin/users/" + username).body();
        assertThat(detail).contains("Form User").contains(Demo.CITY);
        assertThat(audited("create", username)).isEqualTo(1);
        String actor = jdbc.sql("select actor from audit_entry where action = 'create' and entity_id = :u")
                .param("u", username).query(String.class).single();
        assertThat(actor).isEqualTo(Demo.user("administrator", "province"));
        TestUsers.signedInAs(port, username, TestUsers.PASSWORD);
    }

    @Test
    void theFormShowsEachProblemAtItsFieldAndKeepsTheInput() {
        Http admin = TestUsers.signedIn(port, "administrator", "city");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "x");
        form.put("displayName", "Kept Name");
        form.put("jurisdiction", Demo.SIBLING_CITY);
        form.put("password", "short");
        Http.Response response = admin.postForm("/admin/users/new", form);
        assertThat(response.status()).isEqualTo(200);
        String body = response.body();
        assertThat(body).contains("id=\"username\"").contains("Kept Name");
        assertThat(body.split("invalid-feedback", -1)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(body).contains("Choose at least one role.")
                .contains("unknown jurisdiction &#39;" + Demo.SIBLING_CITY + "&#39;")
                .contains("Use at least 8 characters.");
        assertThat(body).doesNotContain("value=\"short\"");

        admin.postForm("/account/language", Map.of("lang", "zh", "redirect", "/admin/users/new"));
        String chinese = admin.postForm("/admin/users/new", form).body();
        assertThat(chinese).contains("请至少选择一个角色。").contains("未知的辖区“" + Demo.SIBLING_CITY + "”");
    }

    @Test
    void administratorEditsAccessDeactivatesActivatesAndResetsThePasswordOnThePages() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.create(admin, "edit", "\"VIEWER\"", Demo.CITY);
        Map<String, String> access = new LinkedHashMap<>();
        access.put("displayName", "Renamed User");
        access.put("roles", "OFFICER");
        access.put("jurisdiction", Demo.COUNTY);
        access.put("unit", "");
        assertThat(admin.postForm("/admin/users/" + username, access).status()).isEqualTo(302);
        String detail = admin.get("/admin/users/" + username).body();
        assertThat(detail).contains("Renamed User").contains("value=\"" + Demo.COUNTY + "\"");
        assertThat(audited("access-change", username)).isEqualTo(1);

        assertThat(admin.postForm("/admin/users/" + username + "/deactivate", Map.of()).status()).isEqualTo(302);
        assertThat(new Http(port).login(username, TestUsers.PASSWORD).location()).contains("error");
        assertThat(admin.postForm("/admin/users/" + username + "/activate", Map.of()).status()).isEqualTo(302);
        assertThat(audited("deactivate", username)).isEqualTo(1);
        assertThat(audited("activate", username)).isEqualTo(1);

        Http.Response tooShort = admin.postForm("/admin/users/" + username + "/password", Map.of("password", "short"));
        assertThat(tooShort.status()).isEqualTo(200);
        assertThat(tooShort.body()).contains("is-invalid").contains("at least 8 characters");
        assertThat(admin.postForm("/admin/users/" + username + "/password", Map.of("password", "another-pass-2"))
                .status()).isEqualTo(302);
        TestUsers.signedInAs(port, username, "another-pass-2");
        assertThat(audited("reset-password", username)).isEqualTo(1);
    }

    @Test
    void cityAdministratorCannotSeeOrChangeAUserOfTheSiblingCity() {
        Http province = TestUsers.signedIn(port, "administrator", "province");
        String sibling = TestUsers.create(province, "sibling", "\"VIEWER\"", Demo.SIBLING_CITY);
        Http city = TestUsers.signedIn(port, "administrator", "city");

        assertThat(city.get("/admin/users/" + sibling).status()).isEqualTo(404);
        assertThat(city.get("/admin/users/" + sibling).body()).doesNotContain("Test " + sibling);
        assertThat(city.get("/api/v1/users/" + sibling).status()).isEqualTo(404);
        assertThat(city.postForm("/admin/users/" + sibling + "/deactivate", Map.of()).status()).isEqualTo(404);
        assertThat(city.postJson("/api/v1/users/" + sibling + "/deactivate", "").status()).isEqualTo(404);
        assertThat(city.putJson("/api/v1/users/" + sibling, """
                {"displayName": "taken over", "roles": ["VIEWER"], "jurisdiction": "%s"}
                """.formatted(Demo.CITY)).status()).isEqualTo(404);
        assertThat(city.postJson("/api/v1/users/" + sibling + "/password", "{\"password\": \"hijacked-123\"}").status())
                .isEqualTo(404);
        assertThat(city.get("/admin/users?q=" + sibling).body()).doesNotContain("/admin/users/" + sibling)
                .doesNotContain("Test " + sibling).contains("0 users in your scope match.");
        assertThat(city.get("/api/v1/users?q=" + sibling).body()).contains("\"total\":0").doesNotContain(sibling);
        assertThat(city.get("/admin/users?page=0").body()).doesNotContain(Demo.SIBLING_CITY);

        assertThat(province.get("/api/v1/users/" + sibling).body()).contains("\"active\":true");
        assertThat(province.get("/admin/users?q=" + sibling).body()).contains(sibling);
    }

    @Test
    void cityAdministratorCannotCreateAUserInTheSiblingCity() {
        Http city = TestUsers.signedIn(port, "administrator", "city");
        Http.Response response = city.postJson("/api/v1/users", """
                {"username": "%s", "roles": ["VIEWER"], "jurisdiction": "%s", "password": "%s"}
                """.formatted(TestUsers.unique("outside"), Demo.SIBLING_CITY, TestUsers.PASSWORD));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"jurisdiction\"");
    }

    @Test
    void rolesOtherThanAdministratorMayNotAdministerUsers() {
        for (String role : new String[] {"analyst", "officer", "reporter", "inspector", "viewer", "coordinator"}) {
            Http http = TestUsers.signedIn(port, role, "province");
            Http.Response post = http.postJson("/api/v1/users", """
                    {"username": "%s", "roles": ["VIEWER"], "jurisdiction": "%s", "password": "%s"}
                    """.formatted(TestUsers.unique("denied"), Demo.CITY, TestUsers.PASSWORD));
            assertThat(post.status()).as(role).isEqualTo(403);
            assertThat(http.get("/admin/users/new").status()).as(role).isEqualTo(403);
            assertThat(http.get("/admin/tokens").status()).as(role).isEqualTo(403);
            int expectedList = "coordinator".equals(role) ? 200 : 403;
            assertThat(http.get("/admin/users").status()).as(role).isEqualTo(expectedList);
            assertThat(http.get("/api/v1/users").status()).as(role).isEqualTo(expectedList);
        }
        Http coordinator = TestUsers.signedIn(port, "coordinator", "province");
        String list = coordinator.get("/admin/users?q=" + Demo.user("viewer", "city")).body();
        assertThat(list).contains(Demo.user("viewer", "city")).doesNotContain("/admin/users/new");
        String detail = coordinator.get("/admin/users/" + Demo.user("viewer", "city")).body();
        assertThat(detail).doesNotContain("/deactivate").doesNotContain("name=\"roles\"");
        assertThat(coordinator.postForm("/admin/users/" + Demo.user("viewer", "city") + "/deactivate", Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void theListSearchesFiltersByRoleAndPages() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String inspector = TestUsers.create(admin, "findme", "\"INSPECTOR\"", Demo.COUNTY);
        assertThat(admin.get("/admin/users?q=" + inspector).body()).contains(inspector);
        assertThat(admin.get("/admin/users?q=" + inspector + "&role=INSPECTOR").body()).contains(inspector);
        assertThat(admin.get("/admin/users?q=" + inspector + "&role=VIEWER").body()).doesNotContain(">" + inspector + "<");
        assertThat(admin.get("/admin/users").body()).contains("table-responsive");
        String second = admin.get("/api/v1/users?size=2&page=1").body();
        assertThat(second).contains("\"page\":1").contains("\"size\":2");
        assertThat(second.split("\"username\"", -1)).hasSize(3);
    }

    @Test
    void aScriptInADisplayNameIsShownAsText() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.unique("xss");
        assertThat(admin.postJson("/api/v1/users", """
                {"username": "%s", "displayName": "<script>alert('x')</script>", "roles": ["VIEWER"],
                 "jurisdiction": "%s", "password": "%s"}
                """.formatted(username, Demo.CITY, TestUsers.PASSWORD)).status()).isEqualTo(201);
        String list = admin.get("/admin/users?q=" + username).body();
        assertThat(list).contains("&lt;script&gt;").doesNotContain("<script>alert");
        assertThat(admin.get("/admin/users/" + username).body()).doesNotContain("<script>alert");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.create(admin, "lock", "\"VIEWER\"", Demo.CITY);
        for (int i = 0; i < 5; i++) {
            assertThat(new Http(port).login(username, "wrong-password").location()).contains("error");
        }
        assertThat(new Http(port).login(username, TestUsers.PASSWORD).location()).contains("locked");
        assertThat(audited("lock", username)).isEqualTo(1);
        assertThat(admin.get("/api/v1/users/" + username).body()).contains("\"locked\":true");
        assertThat(admin.postJson("/api/v1/users/" + username + "/password", "{\"password\": \"unlocked-pass-3\"}")
                .status()).isEqualTo(204);
        TestUsers.signedInAs(port, username, "unlocked-pass-3");
    }
}
