package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserContact;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;

class RoutingTests {

    private static final UserContact ALICE = new UserContact(1, "alice", "en", "alice@example.org");
    private static final UserContact BOB = new UserContact(2, "bob", "zh", null);
    private static final UserContact CAROL = new UserContact(3, "carol", "en", null);

    private static RoutingRule rule(long id, RiskDomain domain, WarningLevel min, String path, Set<Change> changes,
            Set<Channel> channels) {
        return new RoutingRule(id, "rule " + id, domain, min, "X", path, changes, List.of(), List.of(), false, channels,
                channels.contains(Channel.WEBHOOK) ? "http://127.0.0.1/hook" : null, true, true, Instant.now());
    }

    /** The event's domain and the domain it lies within, as the default taxonomy has them. */
    private static List<RiskDomain> chain(WarningChanged e) {
        if (e.domain() == null) {
            return List.of();
        }
        RiskDomain parent = switch (e.domain().code()) {
            case "FOOD", "ENERGY" -> RiskDomain.ECONOMIC;
            case "DISPUTES", "PUBLIC_ORDER" -> RiskDomain.of("SOCIAL_STABILITY");
            default -> null;
        };
        return parent == null ? List.of(e.domain()) : List.of(e.domain(), parent);
    }

    private static boolean matches(RoutingRule rule, WarningChanged e) {
        return Routing.matches(rule, e, chain(e));
    }

    private static WarningChanged event(Change change, RiskDomain domain, WarningLevel from, WarningLevel to,
            String path, String escalatedTo) {
        return new WarningChanged(7, change, "R1", "I1", domain, from, to, 3, path, "DP-01-01", escalatedTo, "system",
                null, false, Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void aRuleForAParentDomainMatchesItsSubDomainsButNotOtherDomains() {
        RoutingRule economic = rule(1, RiskDomain.ECONOMIC, WarningLevel.BLUE, "/1/", EnumSet.of(Change.RAISED),
                EnumSet.of(Channel.IN_APP));
        assertThat(matches(economic, event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.BLUE, "/1/2/", null)))
                .isTrue();
        assertThat(matches(economic, event(Change.RAISED, RiskDomain.ECONOMIC, null, WarningLevel.BLUE, "/1/", null)))
                .isTrue();
        assertThat(matches(economic, event(Change.RAISED, RiskDomain.DISPUTES, null, WarningLevel.BLUE, "/1/2/", null)))
                .isFalse();
        RoutingRule food = rule(2, RiskDomain.FOOD, WarningLevel.BLUE, "/1/", EnumSet.of(Change.RAISED),
                EnumSet.of(Channel.IN_APP));
        assertThat(matches(food, event(Change.RAISED, RiskDomain.ECONOMIC, null, WarningLevel.RED, "/1/", null)))
                .as("a sub-domain rule does not match its parent").isFalse();
    }

    @Test
    void theMinimumLevelTheSubtreeAndTheKindOfChangeAllHaveToMatch() {
        RoutingRule rule = rule(1, null, WarningLevel.ORANGE, "/1/2/", EnumSet.of(Change.RAISED, Change.REMINDED),
                EnumSet.of(Channel.IN_APP));
        assertThat(matches(rule, event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.ORANGE, "/1/2/5/", null)))
                .isTrue();
        assertThat(matches(rule, event(Change.REMINDED, RiskDomain.FOOD, WarningLevel.RED, WarningLevel.RED, "/1/2/", null)))
                .isTrue();
        assertThat(matches(rule, event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.YELLOW, "/1/2/5/", null)))
                .as("below the minimum level").isFalse();
        assertThat(matches(rule, event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.RED, "/1/3/", null)))
                .as("outside the subtree").isFalse();
        assertThat(matches(rule, event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.RED, "/1/", null)))
                .as("the parent of the subtree").isFalse();
        assertThat(matches(rule, event(Change.UPGRADED, RiskDomain.FOOD, WarningLevel.ORANGE, WarningLevel.RED, "/1/2/", null)))
                .as("a kind of change the rule does not name").isFalse();
        RoutingRule recovered = rule(2, null, WarningLevel.RED, "/1/", EnumSet.of(Change.RECOVERED),
                EnumSet.of(Channel.IN_APP));
        assertThat(matches(recovered, event(Change.RECOVERED, null, WarningLevel.RED, null, "/1/2/", null)))
                .as("a recovery is judged by the level it left").isTrue();
    }

    @Test
    void anInactiveRuleMatchesNothing() {
        RoutingRule active = rule(1, null, WarningLevel.BLUE, "/1/", EnumSet.of(Change.RAISED), EnumSet.of(Channel.IN_APP));
        RoutingRule inactive = new RoutingRule(1, "off", null, WarningLevel.BLUE, "X", "/1/", active.changes(), List.of(),
                List.of(), true, active.channels(), null, false, false, Instant.now());
        assertThat(matches(inactive, event(Change.RAISED, null, null, WarningLevel.RED, "/1/", null))).isFalse();
    }

    @Test
    void eachRecipientAndChannelIsPlannedOnceAndAWebhookOncePerRule() {
        RoutingRule first = rule(1, null, WarningLevel.BLUE, "/1/", EnumSet.of(Change.RAISED),
                EnumSet.of(Channel.IN_APP, Channel.EMAIL));
        RoutingRule second = rule(2, null, WarningLevel.BLUE, "/1/", EnumSet.of(Change.RAISED),
                EnumSet.of(Channel.IN_APP, Channel.WEBHOOK));
        WarningChanged e = event(Change.RAISED, null, null, WarningLevel.RED, "/1/2/", null);
        List<Routing.Target> plan = Routing.plan(e, chain(e), List.of(first, second),
                r -> r.id() == 1 ? List.of(ALICE, BOB) : List.of(BOB, CAROL), () -> List.of(CAROL));
        assertThat(plan).extracting(t -> t.channel() + " " + t.recipient()).containsExactly(
                "IN_APP user:alice", "IN_APP user:bob", "EMAIL user:alice", "EMAIL user:bob", "IN_APP user:carol",
                "WEBHOOK webhook:2");
        assertThat(plan.get(1).ruleId()).isEqualTo(1L);
        assertThat(plan.get(5).userId()).isNull();
    }

    @Test
    void withoutAMatchingRuleTheCoordinatorsOfTheJurisdictionAreToldInApp() {
        RoutingRule elsewhere = rule(1, null, WarningLevel.BLUE, "/9/", EnumSet.of(Change.RAISED),
                EnumSet.of(Channel.EMAIL));
        List<Routing.Target> plan = Routing.plan(event(Change.RAISED, null, null, WarningLevel.BLUE, "/1/2/", null), List.of(),
                List.of(elsewhere), r -> List.of(ALICE), () -> List.of(CAROL));
        assertThat(plan).containsExactly(new Routing.Target(null, "user:carol", 3L, Channel.IN_APP));
    }

    @Test
    void anEscalationGoesToTheCoordinatorsOfTheJurisdictionItEscalatedTo() {
        WarningChanged escalated = event(Change.ESCALATED, null, WarningLevel.RED, WarningLevel.RED, "/1/2/", "/1/");
        assertThat(Routing.coordinatorPath(escalated)).isEqualTo("/1/");
        WarningChanged raised = event(Change.RAISED, null, null, WarningLevel.RED, "/1/2/", null);
        assertThat(Routing.coordinatorPath(raised)).isEqualTo("/1/2/");
    }

    @Test
    void theSameChangeOfTheSameWarningAtTheSameInstantIsOneEvent() {
        WarningChanged a = event(Change.RAISED, null, null, WarningLevel.RED, "/1/2/", null);
        WarningChanged b = event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.RED, "/1/2/", null);
        WarningChanged c = event(Change.UPGRADED, null, WarningLevel.ORANGE, WarningLevel.RED, "/1/2/", null);
        assertThat(Routing.eventKey(a)).isEqualTo(Routing.eventKey(b)).isNotEqualTo(Routing.eventKey(c));
    }
}
