package org.rampart.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rampart.identity.UserContact;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionManagement.UnitRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.RiskDomain;
import org.rampart.shared.Scope;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.stereotype.Component;

/**
 * Check a routing-rule draft and return the values to store, or refuse it with every problem found.
 *
 * <p>What a rule names must be visible from where it applies. Its jurisdiction lies in the actor's scope; its users
 * and units lie in the actor's scope or above it, looked up in SQL by that scope, so that a sibling's user, unit or
 * jurisdiction is refused with exactly the answer an unknown one gets. Of those, a rule names only users and units
 * in its own jurisdiction or above it: whoever reads the rule (everyone whose scope covers its jurisdiction) may
 * then read everything it names.
 */
@Component
class RoutingRuleValidator {

    static final int MAX_NAME = 200;
    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;
    static final int MAX_URL = 2000;

    private final UserManagement users;
    private final JurisdictionManagement jurisdictions;
    private final DomainManagement domains;
    private final WebhookTargets targets;

    RoutingRuleValidator(UserManagement users, JurisdictionManagement jurisdictions, DomainManagement domains,
            WebhookTargets targets) {
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.domains = domains;
        this.targets = targets;
    }

    /**
     * Return the values of a valid draft; throw {@link BadInputException} with every problem otherwise.
     *
     * @param before the rule being replaced (its secret and domain may be kept), or null for a new one
     */
    RoutingRuleRepository.Values validate(Actor actor, RoutingRuleDraft d, RoutingRule before) {
        List<Problem> problems = new ArrayList<>();
        String name = Checks.text("name", d.name(), MAX_NAME, true, problems);
        RiskDomain domain = domains.optionalUsable("domain", d.domain(), before == null ? null : before.domain(),
                problems);
        WarningLevel minLevel = Checks.oneOf("minLevel", d.minLevel(), WarningLevel.class, false, problems);
        Jurisdiction jurisdiction = jurisdiction(actor, d.jurisdiction(), problems);
        Set<Change> changes = choices("changes", d.changes(), Change.class, NotificationManagement.DEFAULT_CHANGES,
                problems);
        Set<Channel> channels = choices("channels", d.channels(), Channel.class, EnumSet.of(Channel.IN_APP), problems);
        // without a valid jurisdiction, targets are checked against the actor's scope alone
        Scope ruleScope = jurisdiction == null ? actor.scope() : Scope.of(jurisdiction.path());
        List<String> usernames = distinct(d.usernames());
        checkUsers(actor.scope(), ruleScope, usernames, problems);
        List<String> units = distinct(d.units());
        checkUnits(actor.scope(), ruleScope, units, problems);
        boolean coordinators = Boolean.TRUE.equals(d.coordinators());
        boolean people = channels.contains(Channel.IN_APP) || channels.contains(Channel.EMAIL);
        if (people && usernames.isEmpty() && units.isEmpty() && !coordinators) {
            problems.add(Problem.at("targets", "notification.targets.required"));
        }
        String url = null;
        String secret = null;
        if (channels.contains(Channel.WEBHOOK)) {
            url = webhookUrl(d.webhookUrl(), problems);
            secret = webhookSecret(d.webhookSecret(), before != null && before.webhookSecretSet(), problems);
        }
        BadInputException.throwIfAny(problems);
        return new RoutingRuleRepository.Values(name, domain, minLevel == null ? WarningLevel.BLUE : minLevel,
                jurisdiction.code(), jurisdiction.path(), changes, usernames, units, coordinators, channels, url, secret,
                !Boolean.FALSE.equals(d.active()));
    }

    private Jurisdiction jurisdiction(Actor actor, String code, List<Problem> problems) {
        if (!Checks.required("jurisdiction", code, problems)) {
            return null;
        }
        Jurisdiction found = jurisdictions.find(actor, code.trim()).orElse(null);
        if (found == null) {
            problems.add(Problem.at("jurisdiction", "jurisdiction.unknown", code.trim()));
        }
        return found;
    }

    private void checkUsers(Scope actorScope, Scope ruleScope, List<String> usernames, List<Problem> problems) {
        Set<String> visible = names(users.contactsVisibleFrom(actorScope, usernames));
        Set<String> related = ruleScope.equals(actorScope) ? visible : names(users.contactsVisibleFrom(ruleScope,
                usernames));
        for (String u : usernames) {
            if (!visible.contains(u)) {
                problems.add(Problem.at("usernames", "notification.user.unknown", u));
            } else if (!related.contains(u)) {
                problems.add(Problem.at("usernames", "notification.user.unrelated", u));
            }
        }
    }

    private void checkUnits(Scope actorScope, Scope ruleScope, List<String> units, List<Problem> problems) {
        for (String u : units) {
            UnitRef unit = jurisdictions.unitRef(actorScope, u).orElse(null);
            if (unit == null) {
                problems.add(Problem.at("units", "unit.unknown", u));
            } else if (!ruleScope.covers(unit.jurisdictionPath())
                    && !ruleScope.path().startsWith(unit.jurisdictionPath())) {
                problems.add(Problem.at("units", "notification.unit.unrelated", u));
            }
        }
    }

    private static Set<String> names(List<UserContact> contacts) {
        return contacts.stream().map(UserContact::username).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> Set<E> choices(String field, Collection<String> values, Class<E> type,
            Set<E> otherwise, List<Problem> problems) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String s : distinct(values)) {
            E e = Checks.oneOf(field, s, type, false, problems);
            if (e != null) {
                chosen.add(e);
            }
        }
        return chosen.isEmpty() ? EnumSet.copyOf(otherwise) : chosen;
    }

    private String webhookUrl(String value, List<Problem> problems) {
        String url = value == null ? "" : value.trim();
        if (!validUrl(url)) {
            problems.add(Problem.at("webhookUrl", "notification.webhook.url.invalid", MAX_URL));
        } else {
            String internal = targets.internalAddress(url);
            if (internal != null) {
                problems.add(Problem.at("webhookUrl", "notification.webhook.url.internal", internal));
            }
        }
        return url;
    }

    private static String webhookSecret(String value, boolean hasSecret, List<Problem> problems) {
        String secret = value == null || value.isBlank() ? null : value;
        if (secret == null && !hasSecret) {
            problems.add(Problem.at("webhookSecret", "notification.webhook.secret.required"));
        } else if (secret != null && (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET)) {
            problems.add(Problem.at("webhookSecret", "notification.webhook.secret.length", MIN_SECRET, MAX_SECRET));
        }
        return secret;
    }

    private static List<String> distinct(Collection<String> values) {
        return values == null ? List.of() : List.copyOf(values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static boolean validUrl(String url) {
        if (url.isEmpty() || url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
