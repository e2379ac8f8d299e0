package org.rampart.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationConfiguration.class);

    /** Webhook secrets stored in clear by an earlier version are encrypted once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void sealPlainWebhookSecrets(ApplicationReadyEvent event) {
        int sealed = event.getApplicationContext().getBean(RoutingRuleRepository.class).sealPlainSecrets();
        if (sealed > 0) {
            LOG.info("Encrypted {} webhook secret(s) stored in clear", sealed);
        }
    }
}
