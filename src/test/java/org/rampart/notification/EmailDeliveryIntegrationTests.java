package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserDraft;
import org.rampart.shared.Actor;
import org.rampart.shared.RiskDomain;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;

@IntegrationTest
class EmailDeliveryIntegrationTests extends NotificationTestSupport {

    private static MimeMessage[] to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void anEmailReachesTheSmtpServerInTheRecipientsLanguageAndAUserWithoutAddressIsAFailure() throws Exception {
        String chinese = "zh-mail-" + System.nanoTime();
        users.create(Actor.system(), new UserDraft(chinese, "Zhang", EnumSet.of(Role.OFFICER), Demo.CITY, null,
                "password-123", "zh"));
        Http admin = signedIn("administrator", "province");
        assertThat(admin.putJson("/api/v1/users/" + Demo.user("officer", "city") + "/email",
                "{\"email\": \"officer.city@test.example\"}").status()).isEqualTo(204);
        assertThat(admin.putJson("/api/v1/users/" + chinese + "/email", "{\"email\": \"" + chinese + "@test.example\"}")
                .status()).isEqualTo(204);
        assertThat(admin.putJson("/api/v1/users/" + chinese + "/email", "{\"email\": \"not an address\"}").status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/users/" + chinese + "/email").body()).contains(chinese + "@test.example");

        notifications.createRule(actor("coordinator", "city"), new RoutingRuleDraft("Mail", "DISASTER", null, Demo.CITY,
                Set.of("RAISED"), List.of(Demo.user("officer", "city"), chinese, Demo.user("analyst", "city")), List.of(),
                false, Set.of("EMAIL"), null, null, null));
        WarningChanged event = event(Change.RAISED, RiskDomain.DISASTER, null, WarningLevel.RED, Demo.CITY);
        dispatcher.dispatch(event);

        List<Delivery> done = await(() -> deliveries(event.warningId()),
                list -> list.size() == 3 && list.stream().allMatch(d -> d.state() != DeliveryState.PENDING));
        assertThat(done).extracting(Delivery::recipient, Delivery::state, Delivery::lastError).containsExactlyInAnyOrder(
                tuple("user:" + Demo.user("officer", "city"), DeliveryState.SENT, null),
                tuple("user:" + chinese, DeliveryState.SENT, null),
                tuple("user:" + Demo.user("analyst", "city"), DeliveryState.FAILED,
                        "no e-mail address"));

        MimeMessage english = to("officer.city@test.example")[0];
        assertThat(english.getSubject()).isEqualTo("Red (I) warning raised: " + Demo.CITY + " RAIN-3H");
        assertThat(english.getFrom()[0].toString()).isEqualTo("rampart@test.example");
        assertThat(english.getContent().toString()).contains("Warning no. " + event.warningId(), "Comment: heavy rain");
        MimeMessage zh = to(chinese + "@test.example")[0];
        assertThat(zh.getSubject()).isEqualTo(Demo.CITY + "红色（I级）预警已发布：RAIN-3H");
        assertThat(zh.getContent().toString()).contains("预警编号：" + event.warningId(), "领域：防灾减灾救灾");
    }
}
