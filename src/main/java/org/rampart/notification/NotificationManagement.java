package org.rampart.notification;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rampart.audit.AuditManagement;
import org.rampart.identity.UserContact;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Permissions;
import org.rampart.shared.RiskDomain;
import org.rampart.shared.Role;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Manage routing rules (administrators and coordinators, within their scope), read and mark the in-app inbox (every
 * user, their own), and read and replay the delivery log (administrators, deliveries of warnings in their scope).
 * When no rule matches a warning change, the coordinators of its jurisdiction (for an escalation: of the
 * jurisdiction escalated to) get it in their inbox.
 */
@Service
@Transactional(readOnly = true)
public class NotificationManagement {

    /** The kinds of change a rule routes when its draft names none. */
    public static final Set<Change> DEFAULT_CHANGES = EnumSet.of(Change.RAISED, Change.UPGRADED, Change.ESCALATED,
            Change.REMINDED);

    static final int MIN_SECRET = 16;

    private final RoutingRuleRepository rules;
    private final DeliveryRepository deliveries;
    private final UserManagement users;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final NotificationTexts texts;
    private final JsonMapper json;

    private final WebhookTargets targets;
    private final DomainManagement domains;

    NotificationManagement(RoutingRuleRepository rules, DeliveryRepository deliveries, UserManagement users,
            JurisdictionManagement jurisdictions, AuditManagement audit, NotificationTexts texts, JsonMapper json,
            WebhookTargets targets, DomainManagement domains) {
        this.domains = domains;
        this.targets = targets;
        this.rules = rules;
        this.deliveries = deliveries;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.texts = texts;
        // stored JSON of ours: a record that gained or lost a member since must still read
        this.json = json.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    // --- routing rules ---

    public Page<RoutingRule> rules(Actor actor, PageQuery page) {
        Permissions.require(actor, Role.ADMINISTRATOR, Role.COORDINATOR);
        return rules.list(actor.scopePath(), page);
    }

    public RoutingRule rule(Actor actor, long id) {
        Permissions.require(actor, Role.ADMINISTRATOR, Role.COORDINATOR);
        return rules.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("routing rule " + id));
    }

    /** Create a routing rule for a jurisdiction subtree within the actor's scope. Audited. */
    @Transactional
    public RoutingRule createRule(Actor actor, RoutingRuleDraft draft) {
        Permissions.require(actor, Role.ADMINISTRATOR, Role.COORDINATOR);
        Permissions.requireWrite(actor);
        RoutingRuleRepository.Values values = validate(actor, draft, false, null);
        long id = rules.insert(values);
        RoutingRule created = rules.find(id).orElseThrow();
        audit.record("create", "notification-rule", String.valueOf(id), created.jurisdictionPath(), null,
                snapshot(created));
        return created;
    }

    /** Replace a routing rule; a null webhook secret keeps the stored one. Audited. */
    @Transactional
    public RoutingRule updateRule(Actor actor, long id, RoutingRuleDraft draft) {
        RoutingRule before = rule(actor, id);
        Permissions.requireWrite(actor);
        RoutingRuleRepository.Values values = validate(actor, draft, before.webhookSecretSet(), before.domain());
        rules.update(id, values);
        RoutingRule after = rules.find(id).orElseThrow();
        audit.record("update", "notification-rule", String.valueOf(id), after.jurisdictionPath(), snapshot(before),
                snapshot(after));
        return after;
    }

    /** Delete a routing rule; deliveries it made stay in the log. Audited. */
    @Transactional
    public void deleteRule(Actor actor, long id) {
        RoutingRule before = rule(actor, id);
        Permissions.requireWrite(actor);
        rules.delete(id);
        audit.record("delete", "notification-rule", String.valueOf(id), before.jurisdictionPath(), snapshot(before),
                null);
    }

    private RoutingRuleRepository.Values validate(Actor actor, RoutingRuleDraft d, boolean hasSecret, RiskDomain kept) {
        List<Problem> problems = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().trim();
        if (name.isEmpty()) {
            problems.add(Problem.field("name", "is required"));
        } else if (name.length() > 200) {
            problems.add(Problem.field("name", "must be at most 200 characters"));
        }
        RiskDomain domain = domains.optionalUsable("domain", d.domain(), kept, problems);
        WarningLevel minLevel = WarningLevel.BLUE;
        if (d.minLevel() != null && !d.minLevel().isBlank()) {
            minLevel = WarningLevel.parse(d.minLevel());
            if (minLevel == null) {
                problems.add(Problem.field("minLevel", "unknown level '" + d.minLevel() + "' (BLUE, YELLOW, ORANGE or RED)"));
                minLevel = WarningLevel.BLUE;
            }
        }
        JurisdictionRef jurisdiction = null;
        if (d.jurisdiction() == null || d.jurisdiction().isBlank()) {
            problems.add(Problem.field("jurisdiction", "is required"));
        } else {
            jurisdiction = jurisdictions.ref(d.jurisdiction().trim()).filter(j -> actor.covers(j.path())).orElse(null);
            if (jurisdiction == null) {
                problems.add(Problem.field("jurisdiction", "unknown jurisdiction '" + d.jurisdiction()
                        + "' (it must lie within your scope)"));
            }
        }
        Set<Change> changes = EnumSet.noneOf(Change.class);
        for (String s : nonBlank(d.changes())) {
            Change c = parseChange(s);
            if (c == null) {
                problems.add(Problem.field("changes", "unknown kind of change '" + s + "'"));
            } else {
                changes.add(c);
            }
        }
        if (changes.isEmpty()) {
            changes.addAll(DEFAULT_CHANGES);
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String s : nonBlank(d.channels())) {
            Channel c = Channel.parse(s);
            if (c == null) {
                problems.add(Problem.field("channels", "unknown channel '" + s + "' (IN_APP, EMAIL or WEBHOOK)"));
            } else {
                channels.add(c);
            }
        }
        if (channels.isEmpty()) {
            channels.add(Channel.IN_APP);
        }
        List<String> usernames = List.copyOf(new LinkedHashSet<>(nonBlank(d.usernames())));
        Set<String> known = new LinkedHashSet<>();
        users.contacts(usernames).stream().map(UserContact::username).forEach(known::add);
        for (String u : usernames) {
            if (!known.contains(u)) {
                problems.add(Problem.field("usernames", "unknown or inactive user '" + u + "'"));
            }
        }
        List<String> units = List.copyOf(new LinkedHashSet<>(nonBlank(d.units())));
        for (String u : units) {
            // a unit the actor cannot see (neither in their scope nor above it) is refused like one that does not exist
            if (jurisdictions.unitRef(u).filter(ref -> actor.scope().covers(ref.jurisdictionPath())
                    || actor.scopePath().startsWith(ref.jurisdictionPath())).isEmpty()) {
                problems.add(Problem.at("units", "unit.unknown", u));
            }
        }
        boolean coordinators = Boolean.TRUE.equals(d.coordinators());
        boolean people = channels.contains(Channel.IN_APP) || channels.contains(Channel.EMAIL);
        if (people && usernames.isEmpty() && units.isEmpty() && !coordinators) {
            problems.add(Problem.field("targets", "name users, units or the coordinators of the jurisdiction"));
        }
        String url = null;
        String secret = null;
        if (channels.contains(Channel.WEBHOOK)) {
            url = d.webhookUrl() == null ? "" : d.webhookUrl().trim();
            if (!validUrl(url)) {
                problems.add(Problem.field("webhookUrl", "an absolute http or https URL of at most 2000 characters is required"));
            } else {
                String internal = targets.internalAddress(url);
                if (internal != null) {
                    problems.add(Problem.field("webhookUrl", "must not point inside the network (" + internal + ")"));
                }
            }
            secret = d.webhookSecret() == null || d.webhookSecret().isBlank() ? null : d.webhookSecret();
            if (secret == null && !hasSecret) {
                problems.add(Problem.field("webhookSecret", "is required for a webhook"));
            } else if (secret != null && (secret.length() < MIN_SECRET || secret.length() > 200)) {
                problems.add(Problem.field("webhookSecret", "must be " + MIN_SECRET + " to 200 characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The routing rule is not valid", problems);
        }
        return new RoutingRuleRepository.Values(name, domain, minLevel, jurisdiction.code(), jurisdiction.path(), changes,
                usernames, units, coordinators, channels, url, secret, !Boolean.FALSE.equals(d.active()));
    }

    private static List<String> nonBlank(Collection<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
                .toList();
    }

    private static Change parseChange(String name) {
        for (Change c : Change.values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static boolean validUrl(String url) {
        if (url.isEmpty() || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, Object> snapshot(RoutingRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("domain", r.domain() == null ? null : r.domain().name());
        m.put("minLevel", r.minLevel().name());
        m.put("jurisdiction", r.jurisdictionCode());
        m.put("changes", r.changes().stream().map(Enum::name).toList());
        m.put("usernames", r.usernames());
        m.put("units", r.unitCodes());
        m.put("coordinators", r.coordinators());
        m.put("channels", r.channels().stream().map(Enum::name).toList());
        m.put("webhookUrl", r.webhookUrl());
        m.put("active", r.active());
        return m;
    }

    // --- inbox ---

    /** The actor's own inbox, newest first, with texts in the given language. */
    public Page<InboxItem> inbox(Actor actor, Locale locale, boolean unreadOnly, PageQuery page) {
        return deliveries.inbox(actor.userId(), unreadOnly, page).map(row -> {
            if (!"WARNING".equals(row.subjectType())) {
                NoticeContent c = json.readValue(row.payload(), NoticeContent.class);
                return new InboxItem(row.id(), null, null, null, null, texts.title(c, locale), texts.body(c, locale),
                        row.createdAt(), row.readAt(), row.subjectType(), row.subjectRef(), row.link(), c.links());
            }
            WarningChanged e = json.readValue(row.payload(), WarningChanged.class);
            return new InboxItem(row.id(), e.warningId(), e.change(), Routing.levelOf(e), e.jurisdictionCode(),
                    texts.title(e, locale), texts.body(e, locale), row.createdAt(), row.readAt(), row.subjectType(),
                    row.subjectRef(), row.link(), List.of());
        });
    }

    public long unreadCount(Actor actor) {
        return deliveries.unread(actor.userId());
    }

    /** Mark one of the actor's inbox items read; 404 when the actor has no such item. */
    @Transactional
    public void markRead(Actor actor, long id) {
        if (!deliveries.markRead(actor.userId(), id)) {
            throw new NotFoundException("inbox item " + id);
        }
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return deliveries.markAllRead(actor.userId());
    }

    // --- delivery log ---

    public Page<Delivery> deliveries(Actor actor, DeliveryFilter filter, PageQuery page) {
        Permissions.require(actor, Role.ADMINISTRATOR);
        return deliveries.search(actor.scopePath(), filter, page);
    }

    public Delivery delivery(Actor actor, long id) {
        Permissions.require(actor, Role.ADMINISTRATOR);
        return deliveries.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("delivery " + id));
    }

    /** Every attempt of a delivery in the administrator's scope, first first. */
    public List<DeliveryAttempt> attempts(Actor actor, long id) {
        delivery(actor, id);
        return deliveries.attempts(id);
    }

    /** Put a failed or dead e-mail or webhook delivery back in the queue with its attempts reset. Audited. */
    @Transactional
    public Delivery replay(Actor actor, long id) {
        Delivery before = delivery(actor, id);
        Permissions.requireWrite(actor);
        if (!deliveries.replay(id)) {
            throw new ConflictException("only failed or dead e-mail and webhook deliveries can be replayed; this one is "
                    + before.state() + " over " + before.channel());
        }
        Delivery after = delivery(actor, id);
        String path = deliveries.path(id).orElse(null);
        audit.record("replay", "notification-delivery", String.valueOf(id), path,
                Map.of("state", before.state().name(), "attempts", before.attempts()),
                Map.of("state", after.state().name(), "attempts", after.attempts()));
        return after;
    }
}
