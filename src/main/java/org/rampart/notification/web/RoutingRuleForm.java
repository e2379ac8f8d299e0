package org.rampart.notification.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rampart.notification.Channel;
import org.rampart.notification.NotificationManagement;
import org.rampart.notification.RoutingRule;
import org.rampart.notification.RoutingRuleDraft;

/** The routing-rule form: users and units as lists separated by commas or spaces. */
record RoutingRuleForm(String name, String domain, String minLevel, String jurisdiction, Set<String> changes,
        String usernames, String units, Boolean coordinators, Set<String> channels, String webhookUrl,
        String webhookSecret, Boolean active) {

    static RoutingRuleForm empty(String jurisdiction) {
        return new RoutingRuleForm("", "", "BLUE", jurisdiction,
                NotificationManagement.DEFAULT_CHANGES.stream().map(Enum::name).collect(Collectors.toSet()), "", "",
                true, Set.of(Channel.IN_APP.name()), "", "", true);
    }

    static RoutingRuleForm of(RoutingRule r) {
        return new RoutingRuleForm(r.name(), r.domain() == null ? "" : r.domain().name(), r.minLevel().name(),
                r.jurisdictionCode(), r.changes().stream().map(Enum::name).collect(Collectors.toSet()),
                String.join(", ", r.usernames()), String.join(", ", r.unitCodes()), r.coordinators(),
                r.channels().stream().map(Enum::name).collect(Collectors.toSet()),
                r.webhookUrl() == null ? "" : r.webhookUrl(), "", r.active());
    }

    RoutingRuleDraft draft() {
        return new RoutingRuleDraft(name, domain, minLevel, jurisdiction, changes == null ? Set.of() : changes, split(usernames),
                split(units), Boolean.TRUE.equals(coordinators), channels == null ? Set.of() : channels, webhookUrl,
                webhookSecret, Boolean.TRUE.equals(active));
    }

    RoutingRuleForm withoutSecret() {
        return new RoutingRuleForm(name, domain, minLevel, jurisdiction, changes, usernames, units, coordinators, channels,
                webhookUrl, "", active);
    }

    public boolean has(Set<String> values, Object value) {
        return values != null && values.contains(value.toString());
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
