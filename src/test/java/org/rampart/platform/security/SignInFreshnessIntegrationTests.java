package org.rampart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserDraft;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signed-in session does not outlive its user's access: deactivation or a change of scope signs the session out at
 * its next check (every request in tests: {@code rampart.security.sign-in-check=0s}).
 */
@IntegrationTest
class SignInFreshnessIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    UserManagement users;

    private String viewer(String jurisdiction) {
        String name = "fresh-" + Long.toString(System.nanoTime(), 36);
        users.create(Actor.system(), new UserDraft(name, "Fresh viewer", EnumSet.of(Role.VIEWER), jurisdiction, null,
                "password-123", "en"));
        return name;
    }

    private Http signIn(String name) {
        Http http = new Http(port);
        assertThat(http.login(name, "password-123").location()).doesNotContain("error");
        return http;
    }

    @Test
    void aDeactivatedUserIsSignedOutAtTheirNextRequest() {
        String name = viewer(Demo.CITY);
        Http http = signIn(name);
        assertThat(http.get("/situation").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/situation").status()).isEqualTo(200);

        users.setActive(Actor.system(), name, false);
        Http.Response page = http.get("/situation");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
        Http.Response api = http.get("/api/v1/situation");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).doesNotContain("DP-01");
    }

    @Test
    void aUserMovedToAnotherCityIsSignedOutAndSeesOnlyTheNewCityAfterSigningInAgain() {
        String name = viewer(Demo.CITY);
        Http http = signIn(name);
        assertThat(http.get("/api/v1/situation").body()).contains("\"jurisdiction\":\"DP-01\"");

        users.updateAccess(Actor.system(), name, new UserDraft(name, "Fresh viewer", EnumSet.of(Role.VIEWER),
                Demo.SIBLING_CITY, null, null, "en"));
        Http.Response stale = http.get("/api/v1/situation?jurisdiction=DP-01");
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.body()).doesNotContain("topRisks");

        Http again = signIn(name);
        assertThat(again.get("/api/v1/situation").body()).contains("\"jurisdiction\":\"DP-02\"");
        assertThat(again.get("/api/v1/situation?jurisdiction=DP-01").status()).isEqualTo(400);
    }

    @Test
    void anUnchangedUserStaysSignedIn() {
        String name = viewer(Demo.CITY);
        Http http = signIn(name);
        users.setLocale(Actor.system(), "en"); // another user's change: nothing to do with this session
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v1/situation").status()).isEqualTo(200);
        }
    }
}
