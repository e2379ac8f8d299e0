package org.rampart.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.rampart.support.Demo;
import org.rampart.support.Http;

/** Signed-in sessions and fresh users for the identity tests; all test classes share one database. */
final class TestUsers {

    static final String PASSWORD = "fresh-password-1";

    private TestUsers() {
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static Http signedIn(int port, String role, String place) {
        return signedInAs(port, Demo.user(role, place), Demo.PASSWORD);
    }

    static Http signedInAs(int port, String username, String password) {
        Http http = new Http(port);
        Http.Response response = http.login(username, password);
        assertThat(response.location()).as("sign-in of " + username).doesNotContain("error").doesNotContain("locked");
        return http;
    }

    /** Create a user through the API as the given administrator session; returns the username. */
    static String create(Http admin, String prefix, String roles, String jurisdiction) {
        String username = unique(prefix);
        Http.Response response = admin.postJson("/api/v1/users", """
                {"username": "%s", "displayName": "Test %s", "roles": [%s], "jurisdiction": "%s", "password": "%s"}
                """.formatted(username, username, roles, jurisdiction, PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return username;
    }
}
