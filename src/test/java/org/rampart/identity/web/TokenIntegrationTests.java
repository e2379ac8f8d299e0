package org.rampart.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class TokenIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("rmp_[A-Za-z0-9_-]{20,}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode createToken(Http http, String name, boolean readOnly) {
        Http.Response response = http.postJson("/api/v1/tokens", """
                {"name": "%s", "days": 30, "readOnly": %s}
                """.formatted(name, readOnly));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    @Test
    void aTokenWorksAsBearerUntilItIsRevokedAndItsSecretIsShownOnlyOnce() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.create(admin, "tok", "\"OFFICER\"", Demo.CITY);
        Http owner = TestUsers.signedInAs(port, username, TestUsers.PASSWORD);
        JsonNode created = createToken(owner, "sync job", false);
        String secret = created.path("secret").asString();
        assertThat(secret).startsWith("rmp_");
        assertThat(created.path("prefix").asString()).isEqualTo(secret.substring(0, 12));

        Http program = new Http(port).bearer(secret);
        assertThat(program.get("/api/v1/jurisdictions").status()).isEqualTo(200);
        assertThat(json.readTree(program.get("/api/v1/me").body()).path("username").asString()).isEqualTo(username);

        String listed = owner.get("/api/v1/tokens").body();
        assertThat(listed).contains("sync job").contains("\"status\":\"active\"").doesNotContain(secret)
                .doesNotContain("secret").doesNotContainIgnoringCase("hash");
        assertThat(owner.get("/account").body()).contains("sync job").doesNotContain(secret);

        long id = created.path("id").asLong();
        assertThat(owner.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        Http.Response revoked = program.get("/api/v1/jurisdictions");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(owner.get("/api/v1/tokens").body()).contains("\"status\":\"revoked\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'api-token' and entity_id = :id and action in ('create', 'revoke')")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReadOnlyTokenMayReadButNotChange() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String secret = createToken(admin, "read only " + TestUsers.unique("r"), true).path("secret").asString();
        Http program = new Http(port).bearer(secret);
        assertThat(program.get("/api/v1/jurisdictions").status()).isEqualTo(200);
        Http.Response post = program.postJson("/api/v1/users", """
                {"username": "%s", "roles": ["VIEWER"], "jurisdiction": "%s", "password": "%s"}
                """.formatted(TestUsers.unique("ro"), Demo.CITY, TestUsers.PASSWORD));
        assertThat(post.status()).isEqualTo(403);
        assertThat(program.postJson("/api/v1/tokens", "{\"name\": \"more\"}").status()).isEqualTo(403);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        JsonNode created = createToken(admin, "soon expired", false);
        Http program = new Http(port).bearer(created.path("secret").asString());
        assertThat(program.get("/api/v1/jurisdictions").status()).isEqualTo(200);
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id")
                .param("id", created.path("id").asLong()).update();
        assertThat(program.get("/api/v1/jurisdictions").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/tokens").body()).contains("\"status\":\"expired\"");
    }

    @Test
    void invalidTokenRequestsNameTheirField() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        Http.Response days = admin.postJson("/api/v1/tokens", "{\"name\": \"x\", \"days\": 367}");
        assertThat(days.status()).isEqualTo(400);
        assertThat(days.body()).contains("\"field\":\"days\"");
        Http.Response name = admin.postJson("/api/v1/tokens", "{\"days\": 10}");
        assertThat(name.status()).isEqualTo(400);
        assertThat(name.body()).contains("\"field\":\"name\"");
    }

    @Test
    void theAccountPageCreatesATokenShowingTheSecretOnceAndRevokesIt() {
        Http admin = TestUsers.signedIn(port, "administrator", "province");
        String username = TestUsers.create(admin, "pagetok", "\"VIEWER\"", Demo.CITY);
        Http owner = TestUsers.signedInAs(port, username, TestUsers.PASSWORD);

        Http.Response invalid = owner.postForm("/account/tokens", Map.of("name", "", "days", "0"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("Enter a number of days from 1 to 366.").contains("is-invalid");

        Http.Response created = owner.postForm("/account/tokens", Map.of("name", "page token", "days", "7",
                "readOnly", "true"));
        assertThat(created.status()).isEqualTo(200);
        Matcher m = SECRET.matcher(created.body());
        assertThat(m.find()).isTrue();
        String secret = m.group();
        assertThat(created.body()).contains("data-copy-target").contains("shown only this once");

        String account = owner.get("/account").body();
        assertThat(account).contains("page token").doesNotContain(secret).contains("data-confirm");
        Http program = new Http(port).bearer(secret);
        assertThat(program.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(program.postJson("/api/v1/me/password", "{}").status()).isEqualTo(403);

        long id = json.readTree(owner.get("/api/v1/tokens").body()).get(0).path("id").asLong();
        assertThat(owner.postForm("/account/tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(program.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void administratorsSeeAndRevokeTokensOnlyInTheirScope() {
        Http province = TestUsers.signedIn(port, "administrator", "province");
        String sibling = TestUsers.create(province, "sibtok", "\"VIEWER\"", Demo.SIBLING_CITY);
        String local = TestUsers.create(province, "loctok", "\"VIEWER\"", Demo.CITY);
        JsonNode siblingToken = createToken(TestUsers.signedInAs(port, sibling, TestUsers.PASSWORD), "sibling token", false);
        JsonNode localToken = createToken(TestUsers.signedInAs(port, local, TestUsers.PASSWORD), "local token", false);

        Http city = TestUsers.signedIn(port, "administrator", "city");
        long siblingId = siblingToken.path("id").asLong();
        assertThat(city.delete("/api/v1/tokens/" + siblingId).status()).isEqualTo(404);
        assertThat(city.postForm("/admin/tokens/" + siblingId + "/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(new Http(port).bearer(siblingToken.path("secret").asString()).get("/api/v1/me").status()).isEqualTo(200);

        String userPage = city.get("/admin/users/" + local).body();
        assertThat(userPage).contains("local token");
        long localId = localToken.path("id").asLong();
        assertThat(city.postForm("/admin/users/" + local + "/tokens/" + localId + "/revoke", Map.of()).status())
                .isEqualTo(302);
        assertThat(new Http(port).bearer(localToken.path("secret").asString()).get("/api/v1/me").status()).isEqualTo(401);

        Http.Response cityTokens = city.get("/admin/tokens");
        assertThat(cityTokens.status()).isEqualTo(200);
        assertThat(cityTokens.body()).doesNotContain(sibling);
        assertThat(province.get("/admin/tokens").body()).contains("table-responsive");
        Http viewer = TestUsers.signedIn(port, "viewer", "city");
        assertThat(viewer.delete("/api/v1/tokens/" + localId).status()).isEqualTo(403);
    }
}
