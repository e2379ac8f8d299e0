package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserDraft;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskReviewsDue;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Overdue risk reviews reach the owner unit's users (inbox and e-mail) once, and nobody outside. */
@IntegrationTest
class RiskReviewNoticeIntegrationTests extends NotificationTestSupport {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RiskReviewNotices riskReviewNotices;

    private static String code(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    private RiskReviewsDue.Item item(String code, String jurisdiction, RiskLevel level, boolean bottomLine) {
        return new RiskReviewsDue.Item(code, jurisdiction, path(jurisdiction), LocalDate.of(2026, 3, 1), level,
                bottomLine);
    }

    private void publish(RiskReviewsDue event) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
    }

    private List<InboxItem> inboxAbout(String username, Locale locale, String riskCode) {
        Actor actor = users.loadForSignIn(username).orElseThrow().actor();
        return notifications.inbox(actor, locale, false, new PageQuery(0, 200)).items().stream()
                .filter(i -> i.subjectRef() != null && i.subjectRef().contains(riskCode)).toList();
    }

    private List<Delivery> deliveriesAbout(String riskCode) {
        return notifications.deliveries(Actor.system(), new DeliveryFilter(null, null, null, RiskReviewNotices.SUBJECT),
                new PageQuery(0, 500)).items().stream().filter(d -> d.subjectRef().contains(riskCode)).toList();
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

    @Test
    void theOwnerUnitsUsersAreRemindedOnceInTheirLanguageAndAnotherCityHearsNothing() throws Exception {
        String zh = "zh-risk-" + SEQUENCE.incrementAndGet();
        users.create(Actor.system(), new UserDraft(zh, "Li", EnumSet.of(Role.OFFICER), Demo.CITY, Demo.CITY + "-EM",
                "password-123", "zh"));
        users.setEmail(Actor.system(), zh, zh + "@test.example");
        String elsewhere = "dp02-risk-" + SEQUENCE.incrementAndGet();
        users.create(Actor.system(), new UserDraft(elsewhere, "Wang", EnumSet.of(Role.OFFICER), Demo.SIBLING_CITY,
                Demo.SIBLING_CITY + "-EM", "password-123", "en"));

        String first = code("REV");
        String second = code("REV");
        RiskReviewsDue event = new RiskReviewsDue(Demo.CITY + "-EM", LocalDate.of(2026, 3, 5), List.of(
                item(first, Demo.CITY, RiskLevel.HIGH, true), item(second, Demo.COUNTY, RiskLevel.LOW, false)));
        publish(event);

        String officer = Demo.user("officer", "city");
        List<InboxItem> english = await(() -> inboxAbout(officer, Locale.ENGLISH, first), l -> !l.isEmpty());
        assertThat(english).hasSize(1);
        InboxItem item = english.get(0);
        assertThat(item.subjectType()).isEqualTo("RISK_REVIEW");
        assertThat(item.warningId()).isNull();
        assertThat(item.title()).isEqualTo("2 overdue risk review(s) for unit " + Demo.CITY + "-EM");
        assertThat(item.body()).contains(first + " (" + Demo.CITY + ", level High): review was due on 2026-03-01, bottom-line risk",
                second + " (" + Demo.COUNTY + ", level Low): review was due on 2026-03-01\n", "As of 2026-03-05.");
        assertThat(item.links()).extracting(NoticeLink::href).containsExactly("/risks/" + first, "/risks/" + second);
        assertThat(item.link()).isEqualTo("/risks?ownerUnit=" + Demo.CITY + "-EM&overdueReview=true");

        List<InboxItem> chinese = inboxAbout(zh, Locale.SIMPLIFIED_CHINESE, first);
        assertThat(chinese).hasSize(1);
        assertThat(chinese.get(0).title()).isEqualTo("单位" + Demo.CITY + "-EM有2项风险复核已逾期");
        assertThat(chinese.get(0).body()).contains(first + "（" + Demo.CITY + "，高风险）：应于2026-03-01复核，底线风险");
        MimeMessage mail = await(() -> to(zh + "@test.example"), m -> m.length > 0)[0];
        assertThat(mail.getSubject()).isEqualTo("单位" + Demo.CITY + "-EM有2项风险复核已逾期");
        assertThat(mail.getContent().toString()).contains(first, "/risks/" + first);

        // The page and the API of the inbox show it, with links to the risks, and it is marked read like a warning.
        Http http = signedIn("officer", "city");
        String page = http.get("/inbox").body();
        assertThat(page).contains("Risk review", "href=\"/risks/" + first + "\"", "2 overdue risk review(s)");
        JsonNode api = json.readTree(http.get("/api/v1/inbox?size=200").body()).path("items");
        JsonNode found = null;
        for (JsonNode n : api) {
            if (n.path("subjectRef").asString().contains(first)) {
                found = n;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.path("subjectType").asString()).isEqualTo("RISK_REVIEW");
        assertThat(http.postJson("/api/v1/inbox/" + found.path("id").asLong() + "/read", "").status()).isEqualTo(204);
        assertThat(inboxAbout(officer, Locale.ENGLISH, first).get(0).readAt()).isNotNull();

        // Handled again (a redelivery after a restart): nothing new.
        int before = deliveriesAbout(first).size();
        riskReviewNotices.on(event);
        publish(event);
        Thread.sleep(300);
        assertThat(deliveriesAbout(first)).hasSize(before);
        assertThat(inboxAbout(officer, Locale.ENGLISH, first)).hasSize(1);
        assertThat(to(zh + "@test.example")).hasSize(1);
        assertThat(deliveriesAbout(first)).extracting(Delivery::recipient)
                .contains("user:" + officer, "user:" + zh).doesNotContain("user:" + elsewhere);

        // Privacy: the user of the sibling city, and the city's coordinator outside the unit, get nothing.
        assertThat(inboxAbout(elsewhere, Locale.ENGLISH, first)).isEmpty();
        assertThat(inboxAbout(Demo.user("coordinator", "city"), Locale.ENGLISH, first)).isEmpty();
    }

    @Test
    void risksWithoutOwnerGoToTheNearestCoordinatorsEachSeeingOnlyTheirOwn() {
        String county = code("ORPH");
        String sibling = code("ORPH");
        publish(new RiskReviewsDue(null, LocalDate.of(2026, 3, 5), List.of(
                item(county, Demo.COUNTY, RiskLevel.MEDIUM, false), item(sibling, Demo.SIBLING_COUNTY, RiskLevel.EXTREME, false))));

        String countyCoordinator = Demo.user("coordinator", "county");
        List<InboxItem> mine = await(() -> inboxAbout(countyCoordinator, Locale.ENGLISH, county), l -> !l.isEmpty());
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).title()).isEqualTo("1 overdue risk review(s) without an owner unit in " + Demo.COUNTY);
        assertThat(mine.get(0).body()).doesNotContain(sibling);
        assertThat(mine.get(0).link()).isEqualTo("/risks/" + county);

        // No coordinator in the sibling city or county: the province's coordinators are the nearest.
        String province = Demo.user("coordinator", "province");
        List<InboxItem> theirs = await(() -> inboxAbout(province, Locale.ENGLISH, sibling), l -> !l.isEmpty());
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).body()).doesNotContain(county);
        assertThat(inboxAbout(countyCoordinator, Locale.ENGLISH, sibling)).isEmpty();
        assertThat(inboxAbout(Demo.user("coordinator", "city"), Locale.ENGLISH, county)).isEmpty();

        // The delivery log: the city's administrator sees the county's reminder but not the sibling county's.
        Http admin = signedIn("administrator", "city");
        String log = admin.get("/admin/deliveries?subject=RISK_REVIEW").body();
        assertThat(log).contains(county, "Risk review").doesNotContain(sibling);
        assertThat(admin.get("/api/v1/deliveries?subject=RISK_REVIEW&size=200").body()).contains(county)
                .doesNotContain(sibling);
        long id = deliveriesAbout(county).get(0).id();
        assertThat(admin.get("/admin/deliveries/" + id).body()).contains(county, "Risk review");
        long siblingId = deliveriesAbout(sibling).get(0).id();
        assertThat(admin.get("/admin/deliveries/" + siblingId).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/deliveries/" + siblingId).status()).isEqualTo(404);
    }
}
