package org.rampart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

/** Signed-in clients of the demo users, and codes no other test uses (all test classes share one database). */
public final class Sessions {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Sessions() {
    }

    /** A client signed in as the demo user of a role and place (for example "analyst", "city"). */
    public static Http signedIn(int port, String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).as("sign-in of " + role + "." + place)
                .doesNotContain("error");
        return http;
    }

    /** A code no other test uses, starting with the prefix. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
    }
}
