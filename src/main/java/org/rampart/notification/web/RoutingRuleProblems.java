package org.rampart.notification.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The reasons that {@code NotificationManagement} gives for a refused routing rule, and the rule form's labels. */
@Component
class RoutingRuleProblems implements ProblemCatalog {

    @Override
    public Map<String, String> reasons() {
        return Map.ofEntries(
            Map.entry("is required", "notification.problem.required"),
            Map.entry("must be at most (\\d+) characters", "notification.problem.maxLength"),
            Map.entry("unknown domain '(.*)'", "notification.problem.domain"),
            Map.entry("unknown level '(.*)' \\(BLUE, YELLOW, ORANGE or RED\\)", "notification.problem.level"),
            Map.entry("unknown jurisdiction '(.*)' \\(it must lie within your scope\\)", "notification.problem.jurisdiction"),
            Map.entry("unknown kind of change '(.*)'", "notification.problem.change"),
            Map.entry("unknown channel '(.*)' \\(IN_APP, EMAIL or WEBHOOK\\)", "notification.problem.channel"),
            Map.entry("unknown or inactive user '(.*)'", "notification.problem.user"),
            Map.entry("unknown unit '(.*)'", "notification.problem.unit"),
            Map.entry("name users, units or the coordinators of the jurisdiction", "notification.problem.targets"),
            Map.entry("an absolute http or https URL of at most 2000 characters is required", "notification.problem.url"),
            Map.entry("is required for a webhook", "notification.problem.secretRequired"),
            Map.entry("must not point inside the network \\((.*)\\)", "notification.problem.internalUrl"),
            Map.entry("must be (\\d+) to 200 characters", "notification.problem.secretLength"));
    }

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
