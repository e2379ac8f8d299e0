package org.rampart.notification;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Manage routing rules (administrators and coordinators, within their scope), read and mark the in-app inbox (every
 * user, their own), and read and replay the delivery log (administrators, deliveries of subjects in their scope); who
 * may do what is {@link NotificationPolicy}.
 * When no rule matches a warning change, the coordinators of its jurisdiction (for an escalation: of the
 * jurisdiction escalated to) get it in their inbox.
 */
@Service
@Transactional(readOnly = true)
public class NotificationManagement {

    /** The kinds of change a rule routes when its draft names none. */
    public static final Set<Change> DEFAULT_CHANGES = EnumSet.of(Change.RAISED, Change.UPGRADED, Change.ESCALATED,
            Change.REMINDED);

    private final RoutingRuleRepository rules;
    private final RoutingRuleValidator validator;
    private final DeliveryRepository deliveries;
    private final NotificationPolicy policy;
    private final AuditManagement audit;
    private final NotificationTexts texts;
    private final JsonMapper json;

    NotificationManagement(RoutingRuleRepository rules, RoutingRuleValidator validator, DeliveryRepository deliveries,
            NotificationPolicy policy, AuditManagement audit, NotificationTexts texts, JsonMapper json) {
        this.rules = rules;
        this.validator = validator;
        this.deliveries = deliveries;
        this.policy = policy;
        this.audit = audit;
        this.texts = texts;
        // stored JSON of ours: a record that gained or lost a member since must still read
        this.json = json.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    // --- routing rules ---

    /** The routing rules whose jurisdiction lies in the actor's scope, by jurisdiction and name. */
    public Page<RoutingRule> rules(Actor actor, PageQuery page) {
        policy.requireReadRules(actor);
        return rules.list(actor.scopePath(), page);
    }

    /** A routing rule whose jurisdiction lies in the actor's scope; not found (404) for any other id. */
    public RoutingRule rule(Actor actor, long id) {
        policy.requireReadRules(actor);
        return rules.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("routing rule " + id));
    }

    /**
     * Create a routing rule for a jurisdiction subtree within the actor's scope, naming users and units of the actor's
     * scope that lie in that jurisdiction or above it. Audited.
     */
    @Transactional
    public RoutingRule createRule(Actor actor, RoutingRuleDraft draft) {
        policy.requireEditRules(actor);
        RoutingRuleRepository.Values values = validator.validate(actor, draft, null);
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
        policy.requireEditRules(actor);
        RoutingRuleRepository.Values values = validator.validate(actor, draft, before);
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
        policy.requireEditRules(actor);
        rules.delete(id);
        audit.record("delete", "notification-rule", String.valueOf(id), before.jurisdictionPath(), snapshot(before),
                null);
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

    /** The number of unread items in the actor's own inbox. */
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

    /** Mark every item of the actor's own inbox read; return how many were unread. */
    @Transactional
    public int markAllRead(Actor actor) {
        return deliveries.markAllRead(actor.userId());
    }

    // --- delivery log ---

    /** The deliveries about subjects in the actor's scope, newest first. */
    public Page<Delivery> deliveries(Actor actor, DeliveryFilter filter, PageQuery page) {
        policy.requireReadDeliveries(actor);
        return deliveries.search(actor.scopePath(), filter, page);
    }

    /** A delivery about a subject in the actor's scope; not found (404) for any other id. */
    public Delivery delivery(Actor actor, long id) {
        policy.requireReadDeliveries(actor);
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
        policy.requireReplay(actor);
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
