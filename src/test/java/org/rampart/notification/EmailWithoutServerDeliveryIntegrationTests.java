package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application as shipped, with no {@code spring.mail.host}: e-mail deliveries fail loudly. */
@IntegrationTest
class EmailWithoutServerDeliveryIntegrationTests {

    @Autowired
    NotificationManagement notifications;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    UserManagement users;

    @Autowired
    JurisdictionManagement jurisdictions;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeRules() {
        jdbc.sql("delete from notification_rule").update();
    }

    @Test
    void withoutAnSmtpHostAnEmailDeliveryIsFailedWithTheReason() {
        Actor admin = users.loadForSignIn(Demo.user("administrator", "city")).orElseThrow().actor();
        users.setEmail(admin, Demo.user("inspector", "city"), "inspector.city@test.example");
        notifications.createRule(admin, new RoutingRuleDraft("Mail without server", null, null, Demo.CITY, Set.of("RAISED"),
                List.of(Demo.user("inspector", "city")), List.of(), false, Set.of("EMAIL"), null, null, null));
        var city = jurisdictions.ref(Demo.CITY).orElseThrow();
        long warningId = System.nanoTime();
        dispatcher.dispatch(new WarningChanged(warningId, Change.RAISED, "R", "I", RiskDomain.ENERGY, null,
                WarningLevel.YELLOW, city.id(), city.path(), city.code(), null, "system", null, false, Instant.now()));
        worker.runDue();

        List<Delivery> deliveries = NotificationTestSupport.await(() -> notifications.deliveries(admin,
                new DeliveryFilter(warningId, null, null), new PageQuery(0, 10)).items(),
                list -> list.stream().noneMatch(d -> d.state() == DeliveryState.PENDING));
        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.channel()).isEqualTo(Channel.EMAIL);
            assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(d.lastError()).isEqualTo("no SMTP server configured (set spring.mail.host)");
        });
    }
}
