package org.rampart.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class UserApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditManagement audit;

    @Autowired
    UserManagement users;

    private final JsonMapper json = JsonMapper.builder().build();

    private Actor provinceAdministrator() {
        return users.loadForSignIn(Demo.user("administrator", "province")).orElseThrow().actor();
    }

    @Test
    void administratorCreatesAUserThroughTheApiWithoutAnyHashInTheAnswerAndItIsAudited() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.unique("api");
        Http.Response response = admin.postJson("/api/v1/users", """
                {"username": "%s", "displayName": "Api User", "roles": ["ANALYST", "REPORTER"], "jurisdiction": "%s",
                 "password": "%s", "locale": "zh"}
                """.formatted(username, Demo.CITY, TestUsers.PASSWORD));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).endsWith("/api/v1/users/" + username);
        JsonNode user = json.readTree(response.body());
        assertThat(user.path("username").asString()).isEqualTo(username);
        assertThat(user.path("jurisdiction").asString()).isEqualTo(Demo.CITY);
        assertThat(user.path("locale").asString()).isEqualTo("zh");
        assertThat(user.path("roles").toString()).contains("ANALYST").contains("REPORTER");
        assertThat(response.body()).doesNotContainIgnoringCase("hash").doesNotContain("$2a$").doesNotContain(TestUsers.PASSWORD);
        assertThat(admin.get("/api/v1/users/" + username).body()).doesNotContainIgnoringCase("hash");

        var entries = audit.search(provinceAdministrator(), new AuditFilter(null, "user", username, "create", null, null),
                new PageQuery(0, 10));
        assertThat(entries.items()).hasSize(1);
        assertThat(entries.items().get(0).actor()).isEqualTo(Demo.user("administrator", "province"));
        assertThat(entries.items().get(0).after()).contains("Api User").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void administratorChangesAccessDeactivatesAndResetsThePasswordThroughTheApi() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.create(admin, "access", "\"VIEWER\"", Demo.CITY);
        Http.Response updated = admin.putJson("/api/v1/users/" + username, """
                {"displayName": "Now Officer", "roles": ["OFFICER"], "jurisdiction": "%s"}
                """.formatted(Demo.COUNTY));
        assertThat(updated.status()).isEqualTo(200);
        JsonNode user = json.readTree(updated.body());
        assertThat(user.path("roles").toString()).isEqualTo("[\"OFFICER\"]");
        assertThat(user.path("jurisdiction").asString()).isEqualTo(Demo.COUNTY);

        assertThat(json.readTree(admin.postJson("/api/v1/users/" + username + "/deactivate", "").body())
                .path("active").asBoolean()).isFalse();
        assertThat(new Http(port).login(username, TestUsers.PASSWORD).location()).contains("error");
        assertThat(json.readTree(admin.postJson("/api/v1/users/" + username + "/activate", "").body())
                .path("active").asBoolean()).isTrue();

        Http.Response bad = admin.postJson("/api/v1/users/" + username + "/password", "{\"password\": \"short\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"password\"");
        assertThat(admin.postJson("/api/v1/users/" + username + "/password", "{\"password\": \"reset-pass-77\"}").status())
                .isEqualTo(204);
        Http user2 = TestUsers.signedInAs(port, username, "reset-pass-77");
        assertThat(json.readTree(user2.get("/api/v1/me").body()).path("displayName").asString()).isEqualTo("Now Officer");
    }

    @Test
    void theOpenApiDocumentDescribesTheUserAndTokenApi() {
        String doc = new Http(port).get("/v3/api-docs").body();
        assertThat(doc).contains("/api/v1/users/{username}").contains("/api/v1/tokens/{id}").contains("/api/v1/me/password");
    }

    @Test
    void anUnknownRoleIsA400ProblemNamingRoles() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        Http.Response response = admin.postJson("/api/v1/users", """
                {"username": "%s", "roles": ["VIEWER", "EMPEROR"], "jurisdiction": "%s", "password": "%s"}
                """.formatted(TestUsers.unique("role"), Demo.CITY, TestUsers.PASSWORD));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        JsonNode error = json.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).startsWith("roles");
        assertThat(error.path("reason").asString()).contains("EMPEROR");
    }

    @Test
    void overLongUsernameOrDisplayNameIsA400() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        Http.Response longName = admin.postJson("/api/v1/users", """
                {"username": "%s", "roles": ["VIEWER"], "jurisdiction": "%s", "password": "%s"}
                """.formatted("u".repeat(65), Demo.CITY, TestUsers.PASSWORD));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.body()).contains("\"field\":\"username\"");
        Http.Response longDisplay = admin.postJson("/api/v1/users", """
                {"username": "%s", "displayName": "%s", "roles": ["VIEWER"], "jurisdiction": "%s", "password": "%s"}
                """.formatted(TestUsers.unique("long"), "d".repeat(201), Demo.CITY, TestUsers.PASSWORD));
        assertThat(longDisplay.status()).isEqualTo(400);
        assertThat(longDisplay.body()).contains("\"field\":\"displayName\"");
    }

    @Test
    void aTakenUsernameIsA400() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        Http.Response response = admin.postJson("/api/v1/users", """
                {"username": "%s", "roles": ["VIEWER"], "jurisdiction": "%s", "password": "%s"}
                """.formatted(Demo.user("viewer", "city"), Demo.CITY, TestUsers.PASSWORD));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"username\"").contains("\"code\":\"user.username.taken\"")
                .contains("This username is taken.");
    }

    @Test
    void everyUserSeesAndChangesTheirOwnAccount() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.create(admin, "self", "\"REPORTER\"", Demo.COUNTY);
        Http self = TestUsers.signedInAs(port, username, TestUsers.PASSWORD);
        JsonNode me = json.readTree(self.get("/api/v1/me").body());
        assertThat(me.path("username").asString()).isEqualTo(username);
        assertThat(me.path("jurisdiction").asString()).isEqualTo(Demo.COUNTY);

        Http.Response wrong = self.postJson("/api/v1/me/password", """
                {"currentPassword": "not-my-password", "newPassword": "brand-new-pass"}
                """);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"currentPassword\"").contains("\"code\":\"password.current.wrong\"");
        Http.Response right = self.postJson("/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "brand-new-pass"}
                """.formatted(TestUsers.PASSWORD));
        assertThat(right.status()).isEqualTo(204);
        assertThat(new Http(port).login(username, TestUsers.PASSWORD).location()).contains("error");
        TestUsers.signedInAs(port, username, "brand-new-pass");
    }

    @Test
    void theAccountPageShowsTheProfileAndChangesThePasswordWithErrorsPerField() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.create(admin, "page", "\"ANALYST\"", Demo.CITY);
        Http self = TestUsers.signedInAs(port, username, TestUsers.PASSWORD);
        String page = self.get("/account").body();
        assertThat(page).contains(username).contains("Test " + username).contains(Demo.CITY).contains("Analyst")
                .contains("English").contains("for=\"currentPassword\"");

        Http.Response mismatch = self.postForm("/account/password", java.util.Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", "page-pass-123", "confirmPassword", "page-pass-124"));
        assertThat(mismatch.status()).isEqualTo(200);
        assertThat(mismatch.body()).contains("The two new passwords differ.");
        Http.Response wrong = self.postForm("/account/password", java.util.Map.of("currentPassword", "wrong-one",
                "newPassword", "page-pass-123", "confirmPassword", "page-pass-123"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"currentPasswordError\"")
                .contains("This is not your current password.");
        Http.Response done = self.postForm("/account/password", java.util.Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", "page-pass-123", "confirmPassword", "page-pass-123"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(self.get("/account").body()).contains("Your password has been changed.");

        assertThat(self.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/account")).location())
                .endsWith("/account");
        String chinese = self.get("/account").body();
        assertThat(chinese).contains("我的账户").contains("简体中文").contains("修改密码");
    }
}
