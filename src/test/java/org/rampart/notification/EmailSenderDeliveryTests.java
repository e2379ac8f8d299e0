package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class EmailSenderDeliveryTests {

    @Test
    void withoutAnSmtpHostAnEmailFailsWithAClearReason() {
        var none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        EmailSender sender = new EmailSender(none, new NotificationSettings(List.of(Duration.ofMinutes(1)), 3, 20,
                "rampart@localhost", Duration.ofSeconds(1)));
        assertThat(sender.configured()).isFalse();
        assertThat(sender.send("someone@example.org", "subject", "text"))
                .contains("no SMTP server configured (set spring.mail.host)");
    }
}
