package org.rampart.notification;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Send plain-text e-mail over the SMTP server of {@code spring.mail.*}; without a host there is none to send to. */
@Component
class EmailSender {

    static final String NOT_CONFIGURED = "no SMTP server configured (set spring.mail.host)";

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;

    EmailSender(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Send and return empty on success, otherwise the reason it failed. */
    Optional<String> send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return Optional.of(NOT_CONFIGURED);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
            return Optional.empty();
        } catch (MailException e) {
            return Optional.of("SMTP: " + e.getMessage());
        }
    }
}
