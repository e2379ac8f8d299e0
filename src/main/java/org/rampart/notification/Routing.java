package org.rampart.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rampart.identity.UserContact;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;

/**
 * The routing rules as plain Java: which rules match a warning change, and which recipient and channel pairs they
 * name. When no rule matches, the coordinators of the jurisdiction get the change in their inbox.
 */
final class Routing {

    static final String USER = "user:";
    static final String WEBHOOK = "webhook:";

    private Routing() {
    }

    /** One recipient over one channel; ruleId is null for the default route. */
    record Target(Long ruleId, String recipient, Long userId, Channel channel) {
    }

    /** The level a change is about: the new level, or the old one when the warning recovered or was resolved. */
    static WarningLevel levelOf(WarningChanged event) {
        return event.to() != null ? event.to() : event.from();
    }

    /** The jurisdiction whose coordinators are meant: the one escalated to, or the warning's own. */
    static String coordinatorPath(WarningChanged event) {
        return event.change() == Change.ESCALATED && event.escalatedToPath() != null ? event.escalatedToPath()
                : event.jurisdictionPath();
    }

    /** The identity of an event: the same change of the same warning at the same instant is one event. */
    static String eventKey(WarningChanged event) {
        return event.warningId() + ":" + event.change() + ":" + event.at();
    }

    /** True when the rule matches the event; {@code domains} are the event's domain and those it lies within. */
    static boolean matches(RoutingRule rule, WarningChanged event, List<RiskDomain> domains) {
        if (!rule.active() || !rule.changes().contains(event.change())) {
            return false;
        }
        if (rule.domain() != null && (event.domain() == null || !domains.contains(rule.domain()))) {
            return false;
        }
        WarningLevel level = levelOf(event);
        if (level == null ? rule.minLevel() != WarningLevel.BLUE : level.compareTo(rule.minLevel()) < 0) {
            return false;
        }
        return event.jurisdictionPath() != null && event.jurisdictionPath().startsWith(rule.jurisdictionPath());
    }

    /**
     * List the targets of an event, each recipient and channel once (the first rule naming it wins).
     *
     * @param domains the event's domain and the domains it lies within, from the taxonomy
     * @param people the active users a rule names (users, unit members, coordinators)
     * @param coordinators the coordinators of the jurisdiction, for the default route
     */
    static List<Target> plan(WarningChanged event, List<RiskDomain> domains, List<RoutingRule> rules,
            Function<RoutingRule, List<UserContact>> people, Supplier<List<UserContact>> coordinators) {
        Map<String, Target> targets = new LinkedHashMap<>();
        boolean matched = false;
        for (RoutingRule rule : rules) {
            if (!matches(rule, event, domains)) {
                continue;
            }
            matched = true;
            List<UserContact> users = rule.channels().stream().anyMatch(c -> c != Channel.WEBHOOK) ? people.apply(rule)
                    : List.of();
            for (Channel channel : Channel.values()) {
                if (!rule.channels().contains(channel)) {
                    continue;
                }
                if (channel == Channel.WEBHOOK) {
                    put(targets, new Target(rule.id(), WEBHOOK + rule.id(), null, channel));
                } else {
                    for (UserContact user : users) {
                        put(targets, new Target(rule.id(), USER + user.username(), user.id(), channel));
                    }
                }
            }
        }
        if (!matched) {
            for (UserContact user : coordinators.get()) {
                put(targets, new Target(null, USER + user.username(), user.id(), Channel.IN_APP));
            }
        }
        return new ArrayList<>(targets.values());
    }

    private static void put(Map<String, Target> targets, Target target) {
        targets.putIfAbsent(target.channel() + " " + target.recipient(), target);
    }
}
