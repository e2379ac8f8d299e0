package org.rampart.notification;

import java.util.List;
import java.util.Set;

/**
 * What a person enters for a routing rule; names of domains, levels, changes and channels are parsed and validated
 * by {@link NotificationManagement}. Null collections are empty; a null webhook secret on update keeps the old one.
 */
public record RoutingRuleDraft(String name, String domain,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.WarningLevel.class) String minLevel, String jurisdiction, Set<String> changes,
        List<String> usernames, List<String> units, Boolean coordinators,
        @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.notification.Channel.class)) Set<String> channels, String webhookUrl,
        String webhookSecret, Boolean active) {
}
