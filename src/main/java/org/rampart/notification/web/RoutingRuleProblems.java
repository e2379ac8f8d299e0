package org.rampart.notification.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The labels of the routing-rule form's fields, which name the fields of a refused rule's problems. */
@Component
class RoutingRuleProblems implements ProblemCatalog {


    @Override
    public Map<String, String> fields() {
        return Map.ofEntries(
            Map.entry("name", "notification.rule.name"),
            Map.entry("domain", "notification.rule.domain"),
            Map.entry("minLevel", "notification.rule.minLevel"),
            Map.entry("jurisdiction", "notification.rule.jurisdiction"),
            Map.entry("changes", "notification.rule.changes"),
            Map.entry("channels", "notification.rule.channels"),
            Map.entry("usernames", "notification.rule.usernames"),
            Map.entry("units", "notification.rule.units"),
            Map.entry("targets", "notification.rule.targets"),
            Map.entry("webhookUrl", "notification.rule.webhookUrl"),
            Map.entry("webhookSecret", "notification.rule.webhookSecret"));
    }
}
