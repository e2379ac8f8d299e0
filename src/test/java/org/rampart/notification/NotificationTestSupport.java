package org.rampart.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the notification integration tests share: one application context with an embedded SMTP server (GreenMail)
 * and retries in milliseconds, demo users, and warning changes with fresh warning ids.
 */
abstract class NotificationTestSupport {

    static final GreenMail MAIL = startMail();

    private static final AtomicLong WARNINGS = new AtomicLong(System.currentTimeMillis());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("rampart.notification.backoff", () -> "50ms,100ms");
        registry.add("rampart.notification.max-attempts", () -> "3");
        registry.add("rampart.notification.poll-interval-ms", () -> "100");
        registry.add("rampart.notification.mail-from", () -> "rampart@test.example");
        // the test webhook receiver runs on this machine
        registry.add("rampart.notification.webhook-internal-allowed", () -> "127.0.0.1");
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JurisdictionManagement jurisdictions;

    @Autowired
    UserManagement users;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    Dispatcher dispatcher;

    @AfterEach
    void removeRules() {
        jdbc.sql("delete from notification_rule").update();
    }

    Actor actor(String role, String place) {
        return users.loadForSignIn(Demo.user(role, place)).orElseThrow().actor();
    }

    Http signedIn(String role, String place) {
        Http http = new Http(port);
        http.login(Demo.user(role, place), Demo.PASSWORD);
        return http;
    }

    String path(String code) {
        return jurisdictions.ref(code).orElseThrow().path();
    }

    WarningChanged event(Change change, RiskDomain domain, WarningLevel from, WarningLevel to, String code) {
        return event(WARNINGS.incrementAndGet(), change, domain, from, to, code, null, false);
    }

    WarningChanged event(long warningId, Change change, RiskDomain domain, WarningLevel from, WarningLevel to,
            String code, String escalatedToCode, boolean silenced) {
        var ref = jurisdictions.ref(code).orElseThrow();
        return new WarningChanged(warningId, change, "RAIN-3H", "rain-3h", domain, from, to, ref.id(), ref.path(),
                ref.code(), escalatedToCode == null ? null : path(escalatedToCode), "system", "heavy rain", silenced,
                Instant.now());
    }

    long nextWarningId() {
        return WARNINGS.incrementAndGet();
    }

    List<Delivery> deliveries(long warningId) {
        return notifications.deliveries(Actor.system(), new DeliveryFilter(warningId, null, null), new PageQuery(0, 500))
                .items();
    }

    /** Poll until the probe's answer is done, for at most ten seconds, and return the last answer. */
    static <T> T await(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = probe.get();
        }
        return value;
    }
}
