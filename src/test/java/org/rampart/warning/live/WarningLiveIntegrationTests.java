package org.rampart.warning.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stream of the warnings board over real HTTP: a change raised by an observation reaches the streams whose
 * scope covers it and no other, changes announced by another node through PostgreSQL arrive too, a dropped
 * listener connection is re-established, and a stream ends when its sign-in does (sign-out, session expiry, user
 * deactivated, token revoked).
 */
@IntegrationTest
class WarningLiveIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WarningLiveListener listener;
    @Autowired
    WarningLiveStreams streams;
    @Autowired
    ApplicationContext context;

    private String indicator;
    private Http admin;

    /** An open event stream: its events (name and data) arrive on a queue as they are read. */
    record Event(String name, String data) {
    }

    static final class EventStream implements AutoCloseable {
        final int status;
        final String contentType;
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final CountDownLatch ended = new CountDownLatch(1);
        private final Stream<String> lines;
        private final Thread reader;

        EventStream(HttpResponse<Stream<String>> response) {
            this.status = response.statusCode();
            this.contentType = response.headers().firstValue("Content-Type").orElse("");
            this.lines = response.body();
            this.reader = new Thread(() -> {
                String name = "message";
                StringBuilder data = new StringBuilder();
                try {
                    for (String line : (Iterable<String>) lines::iterator) {
                        if (line.isEmpty()) {
                            if (data.length() > 0) {
                                events.add(new Event(name, data.toString()));
                            }
                            name = "message";
                            data.setLength(0);
                        } else if (line.startsWith("event:")) {
                            name = line.substring(6).trim();
                        } else if (line.startsWith("data:")) {
                            data.append(line.substring(5));
                        }
                    }
                } catch (RuntimeException closed) {
                    // the test closed the stream
                } finally {
                    ended.countDown();
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next event named {@code warning}, or null when none came within the wait. */
        Event nextWarning(Duration wait) throws InterruptedException {
            long until = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < until) {
                Event e = events.poll(100, TimeUnit.MILLISECONDS);
                if (e != null && e.name().equals("warning")) {
                    return e;
                }
            }
            return null;
        }

        /** True when the server ended the stream within the wait. */
        boolean ended(Duration wait) throws InterruptedException {
            return ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    /** A signed-in browser: its client (which keeps the session) and the session cookie. */
    private record Browser(Http http, String cookie) {
    }

    private Browser signIn(String username, String password) {
        Http http = new Http(port);
        Http.Response login = http.login(username, password);
        assertThat(login.location()).doesNotContain("error");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        return new Browser(http, cookie);
    }

    private EventStream open(String username) throws Exception {
        return stream("Cookie", signIn(username, Demo.PASSWORD).cookie());
    }

    /** Open the stream with one header: a session cookie or a bearer token. */
    private EventStream stream(String header, String value) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<Stream<String>> response = client.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/warnings/stream")).header(header, value)
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
                .get(20, TimeUnit.SECONDS);
        EventStream stream = new EventStream(response);
        if (stream.status == 200) {
            Event ready = stream.events.poll(20, TimeUnit.SECONDS);
            assertThat(ready).isNotNull();
            assertThat(ready.name()).isEqualTo("ready");
        }
        return stream;
    }

    @BeforeEach
    void rule() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        indicator = "LIVE-IND-" + suffix;
        admin = new Http(port);
        admin.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        var created = admin.postJson("/api/v1/indicators", """
                {"code":"%s","nameEn":"Live test flood reports","nameZh":"实时测试洪水报告","domain":"DISASTER",
                 "unitOfMeasure":"reports","periodType":"DAILY","aggregation":"SUM","responsibleUnitCode":null}"""
                .formatted(indicator));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var ruled = admin.postJson("/api/v1/rules", """
                {"code":"LIVE-RULE-%s","indicatorCode":"%s","domain":"DISASTER","nameEn":"Flood reports",
                 "nameZh":"洪水报告","type":"THRESHOLD","direction":"HIGHER_IS_WORSE",
                 "thresholds":{"YELLOW":10,"RED":40},"recoverAfter":1}""".formatted(suffix, indicator));
        assertThat(ruled.status()).as(ruled.body()).isEqualTo(201);
    }

    private void observe(String jurisdiction, double value) {
        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();
        var stored = admin.postJson("/api/v1/observations", """
                {"observations":[{"indicator":"%s","jurisdiction":"%s","time":"%s","value":%s}]}"""
                .formatted(indicator, jurisdiction, today, value));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    }

    @Test
    void aCityCoordinatorReceivesAWarningRaisedInTheCityButNothingFromTheSiblingCity() throws Exception {
        try (EventStream city = open(Demo.user("coordinator", "city"));
                EventStream province = open(Demo.user("coordinator", "province"))) {
            assertThat(city.status).isEqualTo(200);
            assertThat(city.contentType).startsWith("text/event-stream");

            // First a change in DP-02: the province sees it, the DP-01 coordinator must not.
            observe(Demo.SIBLING_COUNTY, 50);
            Event sibling = province.nextWarning(Duration.ofSeconds(20));
            assertThat(sibling).as("the province stream receives the DP-02 change").isNotNull();
            assertThat(sibling.data()).contains("\"jurisdiction\":\"" + Demo.SIBLING_COUNTY + "\"")
                    .contains("\"change\":\"RAISED\"").contains("\"level\":\"RED\"");

            // Then a change in DP-01: the city stream's first warning event is this one (events keep their order,
            // so a delivered DP-02 change would have come first).
            observe(Demo.COUNTY, 15);
            Event mine = city.nextWarning(Duration.ofSeconds(20));
            assertThat(mine).as("the city stream receives the DP-01 change").isNotNull();
            assertThat(mine.data()).contains("\"jurisdiction\":\"" + Demo.COUNTY + "\"")
                    .contains("\"change\":\"RAISED\"").contains("\"level\":\"YELLOW\"")
                    .doesNotContain(Demo.SIBLING_CITY);
            assertThat(province.nextWarning(Duration.ofSeconds(20)).data()).contains(Demo.COUNTY);

            // An upgrade follows as its own event; still nothing from DP-02.
            observe(Demo.SIBLING_COUNTY, 5);
            observe(Demo.COUNTY, 45);
            Event upgraded = city.nextWarning(Duration.ofSeconds(20));
            assertThat(upgraded.data()).contains("\"change\":\"UPGRADED\"").contains(Demo.COUNTY)
                    .doesNotContain(Demo.SIBLING_CITY);
            List<Event> rest = new ArrayList<>();
            city.events.drainTo(rest);
            assertThat(rest).noneMatch(e -> e.data().contains(Demo.SIBLING_CITY));
        }
    }

    @Test
    void changesAnnouncedByAnotherNodeArriveAndADroppedListenerReconnects() throws Exception {
        String dp01 = jdbc.sql("select path from jurisdiction where code = :c").param("c", Demo.COUNTY)
                .query(String.class).single();
        String dp02 = jdbc.sql("select path from jurisdiction where code = :c").param("c", Demo.SIBLING_COUNTY)
                .query(String.class).single();
        try (EventStream city = open(Demo.user("coordinator", "city"))) {
            // Another node's relay: a NOTIFY on the shared database.
            notify("{\"warningId\":-1,\"path\":\"%s\",\"jurisdiction\":\"OTHER-NODE-02\",\"level\":\"RED\",\"change\":\"RAISED\"}"
                    .formatted(dp02));
            notify("{\"warningId\":-2,\"path\":\"%s\",\"jurisdiction\":\"OTHER-NODE-01\",\"level\":\"RED\",\"change\":\"RAISED\"}"
                    .formatted(dp01));
            Event fromOtherNode = city.nextWarning(Duration.ofSeconds(20));
            assertThat(fromOtherNode).isNotNull();
            assertThat(fromOtherNode.data()).contains("OTHER-NODE-01");

            // A large batch announced for the whole province still reaches the city board, without its count.
            String province = path(Demo.PROVINCE);
            notify("{\"path\":\"%s\",\"change\":\"MANY\",\"count\":4242}".formatted(province));
            Event batch = city.nextWarning(Duration.ofSeconds(20));
            assertThat(batch.data()).contains("\"change\":\"MANY\"").contains("\"path\":\"" + path(Demo.CITY) + "\"")
                    .doesNotContain("4242");

            int pid = listener.backendPid();
            int connects = listener.connects();
            assertThat(pid).isPositive();
            jdbc.sql("select pg_terminate_backend(:pid)").param("pid", pid).query(Boolean.class).single();
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (listener.connects() == connects && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(listener.connects()).as("the listener reconnected").isGreaterThan(connects);
            Event resync = city.nextWarning(Duration.ofSeconds(20));
            assertThat(resync.data()).contains("\"change\":\"RESYNC\"");

            observe(Demo.COUNTY, 12);
            Event after = city.nextWarning(Duration.ofSeconds(20));
            assertThat(after).as("changes arrive after the reconnect").isNotNull();
            assertThat(after.data()).contains(Demo.COUNTY).contains("\"change\":\"RAISED\"");
        }
    }

    @Test
    void streamsAreForSignedInUsersAndBoundedPerUser() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/warnings/stream")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 401);

        List<EventStream> opened = new ArrayList<>();
        int before = streams.size();
        try {
            EventStream refused = null;
            for (int i = 0; i < 20 && refused == null; i++) {
                EventStream s = open(Demo.user("viewer", "county"));
                opened.add(s);
                if (s.status != 200) {
                    refused = s;
                }
            }
            assertThat(refused).as("a user cannot hold unbounded streams").isNotNull();
            assertThat(refused.status).isEqualTo(503);
            assertThat(streams.size() - before).isEqualTo(opened.size() - 1);
        } finally {
            opened.forEach(EventStream::close);
        }
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (streams.size() > before && System.nanoTime() < until) {
            // a closed browser is noticed at the next write: the heartbeat or a change
            notify("{\"path\":\"/\",\"change\":\"RESYNC\"}");
            Thread.sleep(200);
        }
        // streams closed by earlier tests may be cleaned up meanwhile too
        assertThat(streams.size()).as("closed streams are cleaned up").isLessThanOrEqualTo(before);
    }

    @Test
    void signingOutEndsTheStreamAtOnceAndAReconnectIsSentToSignIn() throws Exception {
        Browser browser = signIn(Demo.user("coordinator", "city"), Demo.PASSWORD);
        try (EventStream city = stream("Cookie", browser.cookie())) {
            assertThat(city.status).isEqualTo(200);
            assertThat(city.ended(Duration.ofMillis(300))).as("an open stream stays open").isFalse();

            Http.Response out = browser.http().postForm("/logout", Map.of());
            assertThat(out.location()).contains("/login?logout");
            assertThat(city.ended(Duration.ofSeconds(10))).as("the stream ends when its user signs out").isTrue();
        }
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/warnings/stream")).header("Cookie", browser.cookie())
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the browser's reconnect is refused").isIn(302, 401);
        if (again.statusCode() == 302) {
            assertThat(again.headers().firstValue("Location").orElse("")).contains("/login");
        }
    }

    @Test
    void anExpiredSessionEndsItsStreamsButNotAnotherSessionsOfTheSameUser() throws Exception {
        Browser first = signIn(Demo.user("coordinator", "city"), Demo.PASSWORD);
        Browser second = signIn(Demo.user("coordinator", "city"), Demo.PASSWORD);
        try (EventStream expiring = stream("Cookie", first.cookie()); EventStream other = stream("Cookie", second.cookie())) {
            assertThat(expiring.status).isEqualTo(200);
            assertThat(other.status).isEqualTo(200);

            tomcatSession(first.cookie()).expire();
            assertThat(expiring.ended(Duration.ofSeconds(10))).as("the stream ends with its session").isTrue();
            observe(Demo.COUNTY, 15);
            assertThat(other.nextWarning(Duration.ofSeconds(20))).as("the other session's stream goes on").isNotNull();
            assertThat(other.ended(Duration.ofMillis(100))).isFalse();
        }
    }

    @Test
    void aDeactivatedUsersStreamEndsAtTheNextHeartbeat() throws Exception {
        String username = newViewer("live-off");
        Browser browser = signIn(username, FRESH_PASSWORD);
        try (EventStream viewer = stream("Cookie", browser.cookie())) {
            assertThat(viewer.status).isEqualTo(200);
            streams.beat();
            assertThat(viewer.ended(Duration.ofSeconds(1))).as("a heartbeat keeps a signed-in stream").isFalse();

            var off = admin.postJson("/api/v1/users/" + username + "/deactivate", "{}");
            assertThat(off.status()).as(off.body()).isEqualTo(200);
            streams.beat();
            assertThat(viewer.ended(Duration.ofSeconds(10))).as("the stream of a deactivated user ends").isTrue();
        }
    }

    @Test
    void theStreamOfAUserMovedToAnotherCityEndsAtTheNextHeartbeat() throws Exception {
        String username = newViewer("live-moved");
        Browser browser = signIn(username, FRESH_PASSWORD);
        try (EventStream viewer = stream("Cookie", browser.cookie())) {
            assertThat(viewer.status).isEqualTo(200);
            var moved = admin.putJson("/api/v1/users/" + username, """
                    {"displayName": "Live Viewer", "roles": ["VIEWER"], "jurisdiction": "%s"}
                    """.formatted(Demo.SIBLING_CITY));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            streams.beat();
            assertThat(viewer.ended(Duration.ofSeconds(10))).as("a stream does not keep a scope its user lost").isTrue();
        }
    }

    @Test
    void aStreamOpenedWithATokenEndsAtTheNextHeartbeatAfterTheTokenIsRevoked() throws Exception {
        String username = newViewer("live-tok");
        Http owner = signIn(username, FRESH_PASSWORD).http();
        var created = owner.postJson("/api/v1/tokens", "{\"name\": \"live board\", \"days\": 1, \"readOnly\": true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var token = JsonMapper.builder().build().readTree(created.body());
        try (EventStream program = stream("Authorization", "Bearer " + token.path("secret").asString())) {
            assertThat(program.status).isEqualTo(200);
            streams.beat();
            assertThat(program.ended(Duration.ofSeconds(1))).as("a heartbeat keeps a valid token's stream").isFalse();

            assertThat(owner.delete("/api/v1/tokens/" + token.path("id").asLong()).status()).isEqualTo(204);
            streams.beat();
            assertThat(program.ended(Duration.ofSeconds(10))).as("the stream of a revoked token ends").isTrue();
        }
    }

    private static final String FRESH_PASSWORD = "fresh-password-1";

    /** A new viewer in DP-01 (so no demo user is changed). */
    private String newViewer(String prefix) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        var created = admin.postJson("/api/v1/users", """
                {"username": "%s", "displayName": "Live Viewer", "roles": ["VIEWER"], "jurisdiction": "%s",
                 "password": "%s"}
                """.formatted(username, Demo.CITY, FRESH_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** The server's own session behind a session cookie, to expire it as the container's timeout would. */
    private Session tomcatSession(String cookie) throws Exception {
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
        Context app = (Context) tomcat.getHost().findChildren()[0];
        Session session = app.getManager().findSession(cookie.substring(cookie.indexOf('=') + 1));
        assertThat(session).isNotNull();
        return session;
    }

    private String path(String code) {
        return jdbc.sql("select path from jurisdiction where code = :c").param("c", code).query(String.class).single();
    }

    private void notify(String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", WarningLiveSettings.CHANNEL)
                .param("payload", payload).query(String.class).single();
    }
}
