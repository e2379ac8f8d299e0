package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserDraft;
import org.rampart.incident.FollowUpReportDue;
import org.rampart.incident.IncidentGrade;
import org.rampart.incident.IncidentReportOverdue;
import org.rampart.incident.IncidentStatus;
import org.rampart.incident.IncidentSummary;
import org.rampart.incident.SupplementaryReportOverdue;
import org.rampart.incident.IncidentTimerPasses;
import org.rampart.incident.IncidentType;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An overdue step of an incident's reporting chain reaches the duty officers of the next level up and of the level
 * that missed it (inbox and e-mail) once, and nobody in a sibling city; follow-up reminders reach the incident's own
 * level.
 */
@IntegrationTest
class IncidentNoticeIntegrationTests extends NotificationTestSupport {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;

    private static String ago(long minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** An incident in the demo county, reported {@code minutesAgo} minutes ago by the county's reporter. */
    private JsonNode report(long minutesAgo) {
        Http reporter = signedIn("reporter", "county");
        String body = """
                {"type":"PRODUCTION_SAFETY","subType":"FIRE","title":"Warehouse fire","description":"Roof",
                 "jurisdiction":"%s","occurredAt":"%s","reportedAt":"%s","organisation":"Demo Storage Co.",
                 "deaths":0,"seriousInjuries":0,"missing":0,"affected":5,"economicLoss":1}"""
                .formatted(Demo.COUNTY, ago(minutesAgo + 5), ago(minutesAgo));
        Http.Response r = reporter.postJson("/api/v1/incidents", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    private List<InboxItem> inboxAbout(String username, Locale locale, long incidentId) {
        Actor actor = users.loadForSignIn(username).orElseThrow().actor();
        return notifications.inbox(actor, locale, false, new PageQuery(0, 500)).items().stream()
                .filter(i -> Long.toString(incidentId).equals(i.subjectRef())).toList();
    }

    private List<Delivery> deliveriesAbout(String subject, long incidentId) {
        return notifications.deliveries(Actor.system(), new DeliveryFilter(null, null, null, subject),
                new PageQuery(0, 500)).items().stream().filter(d -> Long.toString(incidentId).equals(d.subjectRef()))
                .toList();
    }

    private static MimeMessage[] to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    private String user(Role role, String jurisdiction, String locale, boolean email) {
        String name = "inc-" + role.name().toLowerCase(Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
        users.create(Actor.system(), new UserDraft(name, "Duty", EnumSet.of(role), jurisdiction, null, "password-123",
                locale));
        if (email) {
            users.setEmail(Actor.system(), name, name + "@test.example");
        }
        return name;
    }

    @Test
    void anOverdueStepReachesTheNextLevelUpAndTheLevelThatMissedItOnceAndNoSiblingCity() throws Exception {
        String cityZh = user(Role.OFFICER, Demo.CITY, "zh", true);
        // an officer, not a coordinator: other tests of this context rely on the sibling city having no coordinator
        String siblingOfficer = user(Role.OFFICER, Demo.SIBLING_CITY, "en", true);

        // Reported 100 minutes ago: the county was due 40 minutes ago, the city is due in 80 minutes.
        JsonNode incident = report(100);
        long id = incident.path("id").asLong();
        JsonNode countyStep = incident.path("chain").get(0);
        assertThat(countyStep.path("jurisdiction").asString()).isEqualTo(Demo.COUNTY);
        IncidentTimerPasses.overdue(context, Instant.now());

        String cityCoordinator = Demo.user("coordinator", "city");
        List<InboxItem> english = await(() -> inboxAbout(cityCoordinator, Locale.ENGLISH, id), l -> !l.isEmpty());
        assertThat(english).hasSize(1);
        InboxItem item = english.get(0);
        assertThat(item.subjectType()).isEqualTo("INCIDENT_STEP");
        assertThat(item.warningId()).isNull();
        assertThat(item.link()).isEqualTo("/incidents/" + id);
        assertThat(item.title()).isEqualTo("Incident #" + id + " \u201cWarehouse fire\u201d: a reporting step is overdue");
        assertThat(item.body()).contains(Demo.COUNTY + " did not confirm receipt of the report by ",
                "Incident #" + id + " in " + Demo.COUNTY + ": Production-safety accident, grade IV General.");
        assertThat(await(() -> inboxAbout(Demo.user("officer", "city"), Locale.ENGLISH, id), l -> !l.isEmpty()))
                .as("officers are duty officers too").hasSize(1);
        assertThat(await(() -> inboxAbout(Demo.user("officer", "county"), Locale.ENGLISH, id), l -> !l.isEmpty()))
                .as("the level that missed its deadline is reminded").hasSize(1);

        List<InboxItem> chinese = await(() -> inboxAbout(cityZh, Locale.SIMPLIFIED_CHINESE, id), l -> !l.isEmpty());
        assertThat(chinese).hasSize(1);
        assertThat(chinese.get(0).title()).isEqualTo("事件#" + id + "“Warehouse fire”：有一级报告已逾期");
        MimeMessage mail = await(() -> to(cityZh + "@test.example"), m -> m.length > 0)[0];
        assertThat(mail.getSubject()).isEqualTo("事件#" + id + "“Warehouse fire”：有一级报告已逾期");
        assertThat(mail.getContent().toString()).contains("/incidents/" + id);

        // The inbox page shows it with its link.
        Http http = signedIn("coordinator", "city");
        assertThat(http.get("/inbox").body()).contains("href=\"/incidents/" + id + "\"", "a reporting step is overdue");

        // Handled again (the pass runs again, the event is redelivered after a restart): nothing new.
        int before = deliveriesAbout("INCIDENT_STEP", id).size();
        IncidentTimerPasses.overdue(context, Instant.now());
        Instant due = Instant.parse(countyStep.path("dueAt").asString());
        String countyPath = path(Demo.COUNTY);
        transactions.executeWithoutResult(s -> publisher.publishEvent(new IncidentReportOverdue(id, "Warehouse fire",
                IncidentType.PRODUCTION_SAFETY, IncidentGrade.IV, Demo.COUNTY, countyPath, 3, Demo.COUNTY, due,
                path(Demo.CITY), Instant.now(), countyPath)));
        Thread.sleep(300);
        assertThat(deliveriesAbout("INCIDENT_STEP", id)).hasSize(before);
        assertThat(inboxAbout(cityCoordinator, Locale.ENGLISH, id)).hasSize(1);
        assertThat(to(cityZh + "@test.example")).hasSize(1);

        // Privacy: the sibling city and the province (not the next level up for this step) hear nothing.
        assertThat(deliveriesAbout("INCIDENT_STEP", id)).extracting(Delivery::recipient)
                .contains("user:" + cityCoordinator, "user:" + cityZh)
                .doesNotContain("user:" + siblingOfficer, "user:" + Demo.user("coordinator", "province"));
        assertThat(inboxAbout(siblingOfficer, Locale.ENGLISH, id)).isEmpty();
        assertThat(to(siblingOfficer + "@test.example")).isEmpty();
    }

    @Test
    void afterAMoveTheOverduePassTellsTheNewPlacesDutyOfficersAndNotTheEarlierOnes() {
        // an officer, not a coordinator: other tests of this context rely on the sibling city having no coordinator
        String siblingOfficer = user(Role.OFFICER, Demo.SIBLING_CITY, "en", false);
        String cityCoordinator = Demo.user("coordinator", "city");
        JsonNode incident = report(100);
        long id = incident.path("id").asLong();
        IncidentTimerPasses.overdue(context, Instant.now());
        assertThat(await(() -> inboxAbout(cityCoordinator, Locale.ENGLISH, id), l -> !l.isEmpty())).hasSize(1);

        // Moved to the other county of the same city: its step has the same level and deadline as the earlier
        // county's, which was already reported; the city hears that the new county missed it too.
        String otherCounty = Demo.CITY + "-02";
        Http.Response within = signedIn("coordinator", "city").patchJson("/api/v1/incidents/" + id,
                "{\"jurisdiction\":\"" + otherCounty + "\"}");
        assertThat(within.status()).as(within.body()).isEqualTo(200);
        IncidentTimerPasses.overdue(context, Instant.now());
        List<InboxItem> city = await(() -> inboxAbout(cityCoordinator, Locale.ENGLISH, id), l -> l.size() > 1);
        assertThat(city).hasSize(2);
        assertThat(city).anySatisfy(i -> assertThat(i.body()).contains(otherCounty + " did not confirm receipt"));

        Http.Response moved = signedIn("coordinator", "province").patchJson("/api/v1/incidents/" + id,
                "{\"jurisdiction\":\"" + Demo.SIBLING_COUNTY + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        IncidentTimerPasses.overdue(context, Instant.now());

        List<InboxItem> sibling = await(() -> inboxAbout(siblingOfficer, Locale.ENGLISH, id), l -> !l.isEmpty());
        assertThat(sibling).hasSize(1);
        assertThat(sibling.get(0).body()).contains(Demo.SIBLING_COUNTY + " did not confirm receipt of the report by ",
                "Incident #" + id + " in " + Demo.SIBLING_COUNTY + ":");
        assertThat(inboxAbout(cityCoordinator, Locale.ENGLISH, id)).as("the earlier city hears nothing more")
                .hasSize(2);
        assertThat(inboxAbout(Demo.user("officer", "county"), Locale.ENGLISH, id)).hasSize(1);
    }

    @Test
    void followUpAndSupplementaryRemindersReachTheIncidentsOwnLevelOnly() {
        JsonNode incident = report(10);
        long id = incident.path("id").asLong();
        String countyPath = path(Demo.COUNTY);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        IncidentSummary summary = new IncidentSummary(id, "Warehouse fire", IncidentType.PRODUCTION_SAFETY,
                IncidentGrade.IV, IncidentStatus.REPORTED, Demo.COUNTY, countyPath);
        // the second follow-up reminder of the same time is the same notice: handled twice, delivered once
        for (Object event : List.of(new FollowUpReportDue(summary, at), new SupplementaryReportOverdue(summary, at),
                new FollowUpReportDue(summary, at))) {
            transactions.executeWithoutResult(s -> publisher.publishEvent(event));
        }
        String countyOfficer = Demo.user("officer", "county");
        List<InboxItem> items = await(() -> inboxAbout(countyOfficer, Locale.ENGLISH, id), l -> l.size() >= 2);
        assertThat(items).extracting(InboxItem::subjectType)
                .containsExactlyInAnyOrder("INCIDENT_FOLLOW_UP", "INCIDENT_SUPPLEMENTARY");
        assertThat(items).extracting(InboxItem::title).contains(
                "Incident #" + id + " \u201cWarehouse fire\u201d: a follow-up report is due",
                "Incident #" + id + " \u201cWarehouse fire\u201d: the supplementary report is overdue");
        assertThat(inboxAbout(Demo.user("coordinator", "city"), Locale.ENGLISH, id)).isEmpty();
        // a reminder is no overdue step of the reporting chain
        assertThat(deliveriesAbout("INCIDENT_STEP", id)).isEmpty();
    }
}
