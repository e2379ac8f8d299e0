package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserDraft;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.supervision.Directive;
import org.rampart.supervision.DirectiveDraft;
import org.rampart.supervision.DirectiveManagement;
import org.rampart.supervision.DirectiveReceipt;
import org.rampart.supervision.DirectiveRecipients;
import org.rampart.supervision.DirectiveTimerFixtures;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Directive facts reach the right people through the real tables: a directive circulated or passed on waits in the
 * receiving units' members' digest, an overdue confirmation reaches the unit's members at once (inbox and e-mail), an
 * implementation report waits in the sending side's digest; a sibling city's unit and whoever acted hear nothing.
 */
@IntegrationTest
class DirectiveNoticeIntegrationTests extends NotificationTestSupport {

    @Autowired
    DirectiveManagement directives;
    @Autowired
    DigestPass digests;
    @Autowired
    ApplicationContext context;

    private String user(Role role, String jurisdiction, String unit, String locale) {
        String name = Sessions.uniqueCode("dn-" + locale).toLowerCase(Locale.ROOT);
        users.create(Actor.system(), new UserDraft(name, "Directive reader", EnumSet.of(role), jurisdiction, unit,
                "password-123", locale));
        users.setEmail(Actor.system(), name, name + "@test.example");
        return name;
    }

    private Actor as(String username) {
        return users.loadForSignIn(username).orElseThrow().actor();
    }

    private List<InboxItem> inbox(String username, Locale locale) {
        return notifications.inbox(as(username), locale, false, new PageQuery(0, 200)).items();
    }

    /** The event keys waiting in a reader's digest for this directive. */
    private List<String> waiting(String username, Directive d) {
        return jdbc.sql("""
                select event_key from notification_digest_item
                where username = :u and subject_type = 'DIRECTIVE' and subject_ref = :ref and digest_id is null
                order by id""").param("u", username).param("ref", d.number()).query(String.class).list();
    }

    private long mailsTo(String username) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(username + "@test.example");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void eachDirectiveFactReachesItsReadersOnceDigestOrAtOnceAndNeverTheActorOrASiblingCity() {
        String sender = user(Role.COORDINATOR, Demo.PROVINCE, "DP-OFFICE", "en");
        String colleague = user(Role.OFFICER, Demo.PROVINCE, "DP-OFFICE", "en");
        String city = user(Role.OFFICER, Demo.CITY, "DP-01-OFFICE", "zh");
        String cityColleague = user(Role.OFFICER, Demo.CITY, "DP-01-OFFICE", "en");
        String county = user(Role.OFFICER, Demo.COUNTY, "DP-01-01-OFFICE", "zh");
        String sibling = user(Role.OFFICER, Demo.SIBLING_CITY, "DP-02-OFFICE", "en");
        LocalDate today = LocalDate.now(directives.zone());
        Directive draft = directives.create(as(sender), new DirectiveDraft(Sessions.uniqueCode("DN"),
                "Flood season checks", "汛期检查", "Check every dam.", Demo.PROVINCE, today.plusDays(5).toString(), true,
                today.plusDays(20).toString()));
        Directive d = directives.circulate(as(sender), draft.id(),
                new DirectiveRecipients("UNITS", null, List.of("DP-OFFICE", "DP-01-OFFICE"), null));

        // circulated: the members of the receiving units, in their digest, not the sender, not the sibling city
        await(() -> waiting(city, d), l -> !l.isEmpty());
        await(() -> waiting(colleague, d), l -> !l.isEmpty());
        assertThat(waiting(city, d)).singleElement().asString().startsWith("DIR:CIRCULATED:" + d.id());
        assertThat(waiting(cityColleague, d)).hasSize(1);
        assertThat(waiting(colleague, d)).as("the sending unit received it too").hasSize(1);
        assertThat(waiting(sender, d)).as("the sender circulated it").isEmpty();
        assertThat(waiting(sibling, d)).isEmpty();
        assertThat(waiting(county, d)).as("not yet passed on").isEmpty();
        assertThat(inbox(city, Locale.SIMPLIFIED_CHINESE)).as("a digest notice, not one at once").isEmpty();

        // passed on by the city: the county unit's members, in their digest; the city member who did it hears nothing
        DirectiveReceipt cityReceipt = directives.ownReceipt(as(city), d.id()).orElseThrow();
        directives.confirm(as(city), d.id(), cityReceipt.id());
        directives.passOn(as(city), d.id(), cityReceipt.id(),
                new DirectiveRecipients("UNITS", null, List.of("DP-01-01-OFFICE"), null));
        await(() -> waiting(county, d), l -> !l.isEmpty());
        assertThat(waiting(county, d)).singleElement().asString().startsWith("DIR:PASSED_ON:" + d.id());
        assertThat(waiting(city, d)).as("only the circulation").hasSize(1);
        assertThat(waiting(cityColleague, d)).hasSize(1);
        assertThat(inbox(county, Locale.SIMPLIFIED_CHINESE)).isEmpty();

        // the county has not confirmed by its deadline: its members at once, in the inbox and by e-mail
        DirectiveReceipt countyReceipt = directives.ownReceipt(as(county), d.id()).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DirectiveTimerFixtures.deadline(jdbc, countyReceipt.id(), now.minus(1, ChronoUnit.HOURS));
        assertThat(DirectiveTimerFixtures.remindOverdue(context, now)).isGreaterThanOrEqualTo(1);
        List<InboxItem> urgent = await(() -> inbox(county, Locale.SIMPLIFIED_CHINESE), l -> !l.isEmpty());
        assertThat(urgent).singleElement().satisfies(i -> {
            assertThat(i.subjectType()).isEqualTo("DIRECTIVE");
            assertThat(i.title()).isEqualTo("文件" + d.number() + "“汛期检查”：未按时签收");
            assertThat(i.body()).contains("本单位应于", "前签收");
            assertThat(i.link()).isEqualTo("/supervision/directives/" + d.id());
        });
        assertThat(await(() -> mailsTo(county), n -> n > 0)).isEqualTo(1);
        assertThat(waiting(county, d)).as("the reminder did not wait for the digest").hasSize(1);
        assertThat(inbox(city, Locale.SIMPLIFIED_CHINESE)).as("the city confirmed in time").isEmpty();
        assertThat(inbox(sibling, Locale.ENGLISH)).isEmpty();
        DirectiveTimerFixtures.remindOverdue(context, now.plus(1, ChronoUnit.MINUTES));
        assertThat(inbox(county, Locale.SIMPLIFIED_CHINESE)).as("once per deadline").hasSize(1);

        // implementation reported by the city and by the sending unit's colleague: the sending side's digest
        directives.report(as(city), d.id(), cityReceipt.id(), "Every dam was checked.");
        DirectiveReceipt own = directives.ownReceipt(as(colleague), d.id()).orElseThrow();
        directives.confirm(as(colleague), d.id(), own.id());
        directives.report(as(colleague), d.id(), own.id(), "The office checked its own.");
        await(() -> waiting(sender, d), l -> l.size() >= 2);
        assertThat(waiting(sender, d)).containsExactly("DIR:REPORTED:" + d.id() + ":DP-01-OFFICE",
                "DIR:REPORTED:" + d.id() + ":DP-OFFICE");
        String provinceOfficer = Demo.user("officer", "province");
        assertThat(await(() -> waiting(provinceOfficer, d), l -> l.size() >= 2)).as("a duty officer of the sending "
                + "jurisdiction").hasSize(2);
        List<String> colleagueWaiting = waiting(colleague, d);
        assertThat(colleagueWaiting).as("the colleague reported the office's own, and hears of the city's").hasSize(2);
        assertThat(colleagueWaiting.get(0)).startsWith("DIR:CIRCULATED:" + d.id());
        assertThat(colleagueWaiting.get(1)).isEqualTo("DIR:REPORTED:" + d.id() + ":DP-01-OFFICE");
        assertThat(waiting(city, d)).as("the receiving side is not told of reports").hasSize(1);
        assertThat(waiting(Demo.user("coordinator", "city"), d)).as("a member of the city office: the circulation, "
                + "not the reports, which are for the sending jurisdiction's duty officers").singleElement().asString()
                .startsWith("DIR:CIRCULATED:");
        assertThat(waiting(sibling, d)).isEmpty();

        // the next morning: one digest per reader, in the reader's language
        LocalDate tomorrow = today.plusDays(1);
        digests.send(tomorrow.atTime(LocalTime.of(8, 5)).atZone(directives.zone()).toInstant());
        InboxItem cityDigest = await(() -> inbox(city, Locale.SIMPLIFIED_CHINESE), l -> !l.isEmpty()).get(0);
        assertThat(cityDigest.subjectType()).isEqualTo("DIGEST");
        assertThat(cityDigest.body()).contains("文件" + d.number() + "“汛期检查”：已传达至本单位", "请于");
        InboxItem countyDigest = await(() -> inbox(county, Locale.SIMPLIFIED_CHINESE), l -> l.size() > 1).get(0);
        assertThat(countyDigest.body()).contains("文件" + d.number() + "“汛期检查”：已转发至本单位", "DP-01-OFFICE转发");
        InboxItem senderDigest = await(() -> inbox(sender, Locale.ENGLISH), l -> !l.isEmpty()).get(0);
        assertThat(senderDigest.body()).contains("Directive " + d.number() + " “Flood season checks”: implementation "
                + "reported", "DP-01-OFFICE reported how it implements the directive", "DP-OFFICE reported")
                .doesNotContain("received by your unit");
        assertThat(waiting(sender, d)).as("all sent").isEmpty();
        assertThat(inbox(sibling, Locale.ENGLISH)).isEmpty();
    }
}
