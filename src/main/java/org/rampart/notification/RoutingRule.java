package org.rampart.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;

/**
 * A routing rule: which warning changes (domain and its sub-domains, minimum level, jurisdiction subtree, kinds of
 * change) go to which targets (users, units, the coordinators of the jurisdiction, a webhook) over which channels.
 * The webhook secret is never part of this record.
 *
 * @param domain null for every domain
 */
public record RoutingRule(long id, String name, RiskDomain domain, WarningLevel minLevel, String jurisdictionCode,
        String jurisdictionPath, Set<Change> changes, List<String> usernames, List<String> unitCodes,
        boolean coordinators, Set<Channel> channels, String webhookUrl, boolean webhookSecretSet, boolean active,
        Instant updatedAt) {
}
