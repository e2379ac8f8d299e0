package org.rampart.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rampart.identity.UserContact;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Scope;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.WarningChanged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turn a warning change into deliveries: one per recipient and channel, at most once per event. In-app deliveries
 * land in the inbox at once; e-mail and webhook deliveries wait for the {@link DeliveryWorker}.
 */
@Service
class Dispatcher {

    static final String SILENCED = "suppressed by silence";

    private final RoutingRuleRepository rules;
    private final DeliveryRepository deliveries;
    private final UserManagement users;
    private final JurisdictionManagement jurisdictions;
    private final JsonMapper json;
    private final DomainManagement domains;

    private final DigestRepository digests;

    Dispatcher(RoutingRuleRepository rules, DeliveryRepository deliveries, UserManagement users,
            JurisdictionManagement jurisdictions, JsonMapper json, DomainManagement domains, DigestRepository digests) {
        this.digests = digests;
        this.jurisdictions = jurisdictions;
        this.domains = domains;
        this.rules = rules;
        this.deliveries = deliveries;
        this.users = users;
        this.json = json;
    }

    /** Create the deliveries of an event; returns how many were new (0 when the event was handled before). */
    @Transactional
    public int dispatch(WarningChanged event) {
        String key = Routing.eventKey(event);
        String payload = json.writeValueAsString(event);
        String coordinatorPath = Routing.coordinatorPath(event);
        List<Routing.Target> targets = Routing.plan(event, domains.atOrAbove(event.domain()),
                rules.covering(event.jurisdictionPath()),
                rule -> people(rule, coordinatorPath), () -> users.coordinatorsAt(coordinatorPath));
        int created = 0;
        for (Routing.Target target : targets) {
            DeliveryState state = event.silenced() ? DeliveryState.SUPPRESSED : DeliveryState.PENDING;
            Optional<Long> id = deliveries.insert(key, event, target, state, event.silenced() ? SILENCED : null, payload);
            if (id.isEmpty()) {
                continue;
            }
            created++;
            if (!event.silenced() && target.channel() == Channel.IN_APP) {
                deliveries.insertInboxItem(target.userId(), id.get(), event.warningId(), payload);
                deliveries.markSentInApp(id.get());
            }
        }
        return created;
    }

    /**
     * Create the deliveries of a notice: in-app to every recipient, e-mail to those with an address; returns how many
     * were new (0 when its event key was delivered before).
     */
    @Transactional
    public int deliver(Notice notice) {
        return deliver(notice, Set.of());
    }

    /** Deliver a notice like {@link #deliver(Notice)}, leaving out the usernames in {@code except}. */
    @Transactional
    public int deliver(Notice notice, Collection<String> except) {
        String payload = json.writeValueAsString(notice.content());
        int created = 0;
        for (UserContact user : people(notice.recipients())) {
            if (except.contains(user.username())) {
                continue;
            }
            if (notice.channels().contains(Channel.IN_APP)) {
                Optional<Long> id = deliveries.insertNotice(notice,
                        new Routing.Target(null, Routing.USER + user.username(), user.id(), Channel.IN_APP), payload);
                if (id.isPresent()) {
                    created++;
                    deliveries.insertNoticeInboxItem(user.id(), id.get(), notice, payload);
                    deliveries.markSentInApp(id.get());
                }
            }
            if (notice.channels().contains(Channel.EMAIL) && user.email() != null && !user.email().isBlank()) {
                if (deliveries.insertNotice(notice,
                        new Routing.Target(null, Routing.USER + user.username(), user.id(), Channel.EMAIL), payload)
                        .isPresent()) {
                    created++;
                }
            }
        }
        return created;
    }

    /**
     * Keep a notice for its recipients' next daily digest instead of delivering it now (see {@link DigestPass});
     * returns how many readers it was new for (0 when its event key was gathered before), leaving out the usernames
     * in {@code except} (whoever caused it).
     */
    @Transactional
    public int gather(Notice notice, Collection<String> except) {
        String payload = json.writeValueAsString(notice.content());
        int created = 0;
        for (UserContact user : people(notice.recipients())) {
            if (!except.contains(user.username()) && digests.insertItem(user.id(), user.username(), notice, payload)) {
                created++;
            }
        }
        return created;
    }

    /** The active people a notice names, each once. */
    List<UserContact> people(NoticeRecipients r) {
        Map<String, UserContact> people = new LinkedHashMap<>();
        users.contacts(r.usernames()).forEach(u -> people.putIfAbsent(u.username(), u));
        for (String unit : r.unitCodes()) {
            users.unitMembers(unit).forEach(u -> people.putIfAbsent(u.username(), u));
        }
        for (String path : r.coordinatorsOf()) {
            users.coordinatorsAt(path).forEach(u -> people.putIfAbsent(u.username(), u));
        }
        for (String path : r.dutyOfficersOf()) {
            users.coordinatorsAt(path).forEach(u -> people.putIfAbsent(u.username(), u));
            users.officersAt(path).forEach(u -> people.putIfAbsent(u.username(), u));
        }
        return List.copyOf(people.values());
    }

    /**
     * The people a rule names: its users and the members of its units that lie in its jurisdiction or above it (a rule
     * stored before this was checked reaches nobody elsewhere), and the coordinators when it names them.
     */
    private List<UserContact> people(RoutingRule rule, String coordinatorPath) {
        Map<String, UserContact> people = new LinkedHashMap<>();
        Scope scope = Scope.of(rule.jurisdictionPath());
        users.contactsVisibleFrom(scope, rule.usernames()).forEach(u -> people.putIfAbsent(u.username(), u));
        for (String unit : rule.unitCodes()) {
            if (jurisdictions.unitRef(scope, unit).isPresent()) {
                users.unitMembers(unit).forEach(u -> people.putIfAbsent(u.username(), u));
            }
        }
        if (rule.coordinators()) {
            users.coordinatorsAt(coordinatorPath).forEach(u -> people.putIfAbsent(u.username(), u));
        }
        return List.copyOf(people.values());
    }
}
