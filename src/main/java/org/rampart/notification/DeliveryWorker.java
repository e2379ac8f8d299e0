package org.rampart.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.rampart.identity.UserContact;
import org.rampart.identity.UserManagement;
import org.rampart.warning.WarningChanged;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Send due e-mail and webhook deliveries every few seconds. Each poll locks its deliveries with
 * {@code FOR UPDATE SKIP LOCKED} for the length of its transaction, so several nodes never send one twice.
 */
@Component
class DeliveryWorker {

    private final DeliveryRepository deliveries;
    private final RoutingRuleRepository rules;
    private final UserManagement users;
    private final WebhookSender webhooks;
    private final EmailSender mail;
    private final NotificationTexts texts;
    private final NotificationSettings settings;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    DeliveryWorker(DeliveryRepository deliveries, RoutingRuleRepository rules, UserManagement users, WebhookSender webhooks,
            EmailSender mail, NotificationTexts texts, NotificationSettings settings, TransactionTemplate transactions,
            JsonMapper json) {
        this.deliveries = deliveries;
        this.rules = rules;
        this.users = users;
        this.webhooks = webhooks;
        this.mail = mail;
        this.texts = texts;
        this.settings = settings;
        this.transactions = transactions;
        // stored JSON of ours: a record that gained or lost a member since must still read
        this.json = json.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @Scheduled(fixedDelayString = "${rampart.notification.poll-interval-ms:2000}",
            initialDelayString = "${rampart.notification.poll-interval-ms:2000}")
    void poll() {
        int sent;
        do {
            sent = runDue();
        } while (sent == settings.batchSize());
    }

    /** Send one batch of due deliveries; returns how many were attempted. */
    int runDue() {
        Integer n = transactions.execute(status -> {
            List<DeliveryRepository.Work> due = deliveries.claimDue(settings.batchSize());
            for (DeliveryRepository.Work work : due) {
                attempt(work);
            }
            return due.size();
        });
        return n == null ? 0 : n;
    }

    private void attempt(DeliveryRepository.Work work) {
        Delivery d = work.delivery();
        Outcome outcome = switch (d.channel()) {
            case WEBHOOK -> webhook(d, work.payload());
            case EMAIL -> email(d, work.payload());
            case IN_APP -> Outcome.ok();
        };
        if (outcome.error() == null) {
            deliveries.markSent(d.id());
        } else if (!outcome.retry()) {
            deliveries.markFailed(d.id(), outcome.error(), null, DeliveryState.FAILED);
        } else {
            deliveries.markFailed(d.id(), outcome.error(), settings.retryAt(d.attempts() + 1, clock.instant()),
                    DeliveryState.DEAD);
        }
    }

    /** The result of one attempt: success (no error), a failure worth retrying, or one that a retry cannot fix. */
    private record Outcome(String error, boolean retry) {

        static Outcome ok() {
            return new Outcome(null, false);
        }
    }

    private Outcome webhook(Delivery d, String payload) {
        Optional<RoutingRule> rule = d.ruleId() == null ? Optional.empty() : rules.find(d.ruleId());
        if (rule.isEmpty()) {
            return new Outcome("the routing rule of this webhook no longer exists", false);
        }
        String url = rule.get().webhookUrl();
        String secret = rules.webhookSecret(rule.get().id()).orElse(null);
        if (url == null || secret == null) {
            return new Outcome("the routing rule has no webhook URL or secret", false);
        }
        String error = webhooks.send(url, secret, d.id(), payload);
        return new Outcome(error, true);
    }

    private Outcome email(Delivery d, String payload) {
        if (!mail.configured()) {
            return new Outcome(EmailSender.NOT_CONFIGURED, false);
        }
        String username = d.recipient().startsWith(Routing.USER) ? d.recipient().substring(Routing.USER.length()) : "";
        List<UserContact> found = users.contacts(List.of(username));
        if (found.isEmpty()) {
            return new Outcome("the user is unknown or inactive", false);
        }
        UserContact user = found.get(0);
        if (user.email() == null || user.email().isBlank()) {
            return new Outcome("no e-mail address", false);
        }
        var locale = NotificationTexts.locale(user.locale());
        String subject;
        String body;
        if (d.aboutWarning()) {
            WarningChanged event = json.readValue(payload, WarningChanged.class);
            subject = texts.title(event, locale);
            body = texts.body(event, locale);
        } else {
            NoticeContent content = json.readValue(payload, NoticeContent.class);
            subject = texts.title(content, locale);
            StringBuilder sb = new StringBuilder(texts.body(content, locale));
            content.links().forEach(l -> sb.append('\n').append(l.label()).append(": ").append(l.href()));
            body = sb.toString();
        }
        Optional<String> error = mail.send(user.email(), subject, body);
        return new Outcome(error.orElse(null), true);
    }
}
