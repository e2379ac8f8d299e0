package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NotificationIntegrationTests extends NotificationTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IncompleteEventPublications incompletePublications;

    @Autowired
    EventSerializer serializer;

    private long unread(String role, String place) {
        return notifications.unreadCount(actor(role, place));
    }

    @Test
    void aWarningChangePublishedInATransactionReachesTheCoordinatorsInboxAfterCommit() {
        long before = unread("coordinator", "county");
        WarningChanged event = event(Change.RAISED, RiskDomain.DISASTER, null, WarningLevel.RED, Demo.COUNTY);
        transactions.executeWithoutResult(status -> events.publishEvent(event));

        List<Delivery> deliveries = await(() -> deliveries(event.warningId()), list -> !list.isEmpty());
        assertThat(deliveries).extracting(Delivery::recipient, Delivery::channel, Delivery::state)
                .containsExactly(tuple("user:" + Demo.user("coordinator", "county"),
                        Channel.IN_APP, DeliveryState.SENT));
        assertThat(deliveries.get(0).ruleId()).as("the default route").isNull();
        assertThat(unread("coordinator", "county")).isEqualTo(before + 1);
        InboxItem item = notifications.inbox(actor("coordinator", "county"), Locale.ENGLISH, true, new PageQuery(0, 1))
                .items().get(0);
        assertThat(item.warningId()).isEqualTo(event.warningId());
        assertThat(item.title()).isEqualTo("Red (I) warning raised: " + Demo.COUNTY + " RAIN-3H");
        assertThat(item.body()).contains("Domain: Disaster prevention and relief", "Comment: heavy rain");
        InboxItem chinese = notifications.inbox(actor("coordinator", "county"), Locale.SIMPLIFIED_CHINESE, true,
                new PageQuery(0, 1)).items().get(0);
        assertThat(chinese.title()).isEqualTo(Demo.COUNTY + "红色（I级）预警已发布：RAIN-3H");
        assertThat(await(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                + " and serialized_event like :id").param("id", "%\"warningId\":" + event.warningId() + "%")
                .query(Long.class).single(), n -> n == 0)).as("the publication is completed").isZero();
    }

    @Test
    void aPublicationWhoseListenerNeverCompletedIsDeliveredWhenResubmittedAsAtRestart() {
        WarningChanged first = event(Change.RAISED, RiskDomain.DISASTER, null, WarningLevel.BLUE, Demo.COUNTY);
        transactions.executeWithoutResult(status -> events.publishEvent(first));
        await(() -> deliveries(first.warningId()), list -> !list.isEmpty());
        String listenerId = jdbc.sql("""
                select listener_id from event_publication where event_type = :type and listener_id like '%NotificationListener%'
                limit 1
                """).param("type", WarningChanged.class.getName()).query(String.class).single();

        // The process died after the warning's transaction committed and before this listener completed.
        WarningChanged lost = event(Change.UPGRADED, RiskDomain.DISASTER, WarningLevel.BLUE, WarningLevel.YELLOW,
                Demo.COUNTY);
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts)
                values (:id, :listener, :type, :event, now() - interval '1 minute', 'PUBLISHED', 0)
                """).param("id", UUID.randomUUID()).param("listener", listenerId)
                .param("type", WarningChanged.class.getName()).param("event", serializer.serialize(lost).toString())
                .update();
        assertThat(deliveries(lost.warningId())).isEmpty();

        incompletePublications.resubmitIncompletePublications(p -> p.getEvent() instanceof WarningChanged w
                && w.warningId() == lost.warningId());
        List<Delivery> delivered = await(() -> deliveries(lost.warningId()), list -> !list.isEmpty());
        assertThat(delivered).extracting(Delivery::recipient).containsExactly("user:" + Demo.user("coordinator", "county"));
        assertThat(await(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                + " and serialized_event like :id").param("id", "%\"warningId\":" + lost.warningId() + "%")
                .query(Long.class).single(), n -> n == 0)).isZero();
    }

    @Test
    void handlingTheSameEventTwiceCreatesNoSecondDelivery() {
        WarningChanged event = event(Change.UPGRADED, RiskDomain.FOOD, WarningLevel.YELLOW, WarningLevel.ORANGE, Demo.CITY);
        long before = unread("coordinator", "city");
        int first = dispatcher.dispatch(event);
        int second = dispatcher.dispatch(event);
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(deliveries(event.warningId())).hasSize(1);
        assertThat(unread("coordinator", "city")).isEqualTo(before + 1);
    }

    @Test
    void aSilencedChangeIsRecordedAsSuppressedAndReachesNobody() {
        long before = unread("coordinator", "city");
        WarningChanged event = event(nextWarningId(), Change.RAISED, RiskDomain.FOOD, null, WarningLevel.RED, Demo.CITY,
                null, true);
        dispatcher.dispatch(event);
        assertThat(deliveries(event.warningId())).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo(DeliveryState.SUPPRESSED);
            assertThat(d.lastError()).isEqualTo("suppressed by silence");
        });
        assertThat(unread("coordinator", "city")).isEqualTo(before);
    }

    @Test
    void aRuleRoutesMatchingChangesToAUnitAndOthersFallBackToTheCoordinators() {
        Actor coordinator = actor("coordinator", "city");
        RoutingRule rule = notifications.createRule(coordinator, new RoutingRuleDraft("Economy to emergency bureau", "ECONOMIC",
                "ORANGE", Demo.CITY, Set.of("RAISED", "REMINDED"), List.of(), List.of(Demo.CITY + "-EM"), false,
                Set.of("IN_APP"), null, null, null));

        WarningChanged food = event(Change.REMINDED, RiskDomain.FOOD, WarningLevel.ORANGE, WarningLevel.ORANGE, Demo.COUNTY);
        dispatcher.dispatch(food);
        List<Delivery> routed = deliveries(food.warningId());
        assertThat(routed).isNotEmpty().allSatisfy(d -> assertThat(d.ruleId()).isEqualTo(rule.id()));
        List<String> emMembers = users.unitMembers(Demo.CITY + "-EM").stream().map(u -> "user:" + u.username()).toList();
        assertThat(routed).extracting(Delivery::recipient).containsExactlyInAnyOrderElementsOf(emMembers);

        WarningChanged yellow = event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.YELLOW, Demo.COUNTY);
        dispatcher.dispatch(yellow);
        assertThat(deliveries(yellow.warningId())).extracting(Delivery::recipient)
                .containsExactly("user:" + Demo.user("coordinator", "county"));

        WarningChanged otherCity = event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.RED, Demo.SIBLING_CITY);
        dispatcher.dispatch(otherCity);
        assertThat(deliveries(otherCity.warningId())).allSatisfy(d -> assertThat(d.ruleId()).isNull());
    }

    @Test
    void anEscalationReachesTheCoordinatorsOfTheJurisdictionItEscalatedTo() {
        notifications.createRule(actor("coordinator", "province"), new RoutingRuleDraft("Escalations", null, null,
                Demo.PROVINCE, Set.of("ESCALATED"), List.of(), List.of(), true, Set.of("IN_APP"), null, null, null));
        WarningChanged escalated = event(nextWarningId(), Change.ESCALATED, RiskDomain.DISASTER, WarningLevel.RED,
                WarningLevel.RED, Demo.COUNTY, Demo.CITY, false);
        dispatcher.dispatch(escalated);
        assertThat(deliveries(escalated.warningId())).extracting(Delivery::recipient)
                .containsExactly("user:" + Demo.user("coordinator", "city"));
    }
}
