package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserDraft;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.supervision.LadderFixtures;
import org.rampart.supervision.LadderManagement;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskManagement;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Supervision facts reach the right people in their language: a supervision notice goes to the lead unit at once
 * (inbox and e-mail through the embedded SMTP server), an escalation to the coordinators of the level above at once,
 * and the non-urgent facts (assignment, urging) wait for one digest per reader and day.
 */
@IntegrationTest
class SupervisionNoticeIntegrationTests extends NotificationTestSupport {

    @Autowired
    TaskManagement tasks;
    @Autowired
    LadderManagement ladder;
    @Autowired
    DigestPass digests;

    private String member(String unit, String locale) {
        String name = Sessions.uniqueCode("sv-" + locale);
        users.create(Actor.system(), new UserDraft(name, "Member", EnumSet.of(Role.OFFICER), Demo.COUNTY, unit,
                "password-123", locale));
        users.setEmail(Actor.system(), name, name + "@test.example");
        return name;
    }

    private List<InboxItem> inbox(String username, Locale locale) {
        Actor actor = users.loadForSignIn(username).orElseThrow().actor();
        return notifications.inbox(actor, locale, false, new PageQuery(0, 200)).items();
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

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 5)).atZone(ladder.zone()).toInstant();
    }

    @Test
    void aNoticeGoesToTheLeadUnitAtOnceAnEscalationAboveAndTheRestIntoOneDailyDigest() throws Exception {
        ZoneId zone = ladder.zone();
        LocalDate today = LocalDate.now(zone);
        String lead = member(LadderFixtures.LEAD, "zh");
        String assisting = member(Demo.COUNTY + "-WR", "en");
        Task first = LadderFixtures.task(tasks, jurisdictions, jdbc, today.minusDays(10), today.minusDays(3), zone,
                List.of(Demo.COUNTY + "-WR"));
        Task second = LadderFixtures.task(tasks, jurisdictions, jdbc, today.minusDays(10), today.minusDays(1), zone,
                List.of());
        // the assignments wait for the digest: nothing arrives one by one
        Thread.sleep(500);
        assertThat(inbox(lead, Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(inbox(assisting, Locale.ENGLISH)).isEmpty();

        ladder.pass(LadderFixtures.noon(today, zone));
        List<InboxItem> notices = await(() -> inbox(lead, Locale.SIMPLIFIED_CHINESE), l -> !l.isEmpty());
        assertThat(notices).hasSize(1);
        InboxItem notice = notices.get(0);
        assertThat(notice.subjectType()).isEqualTo("SUPERVISION_NOTICE");
        assertThat(notice.title()).startsWith("督办单DB-" + today.getYear() + "-")
                .endsWith("：督办事项#" + first.id() + "“" + first.titleEn() + "”");
        assertThat(notice.body()).contains("逾期3天", "请本单位于");
        assertThat(notice.link()).startsWith("/supervision/notices/");
        MimeMessage[] mail = await(() -> to(lead + "@test.example"), m -> m.length > 0);
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getSubject()).startsWith("督办单DB-");
        assertThat(mail[0].getContent().toString()).contains("/supervision/notices/");
        assertThat(inbox(assisting, Locale.ENGLISH)).as("the notice is the lead unit's to answer").isEmpty();

        // the digest of the next morning: one per reader, with the assignments and the urging reminder in it
        LocalDate tomorrow = today.plusDays(1);
        digests.send(at(tomorrow, 8));
        List<InboxItem> leadInbox = await(() -> inbox(lead, Locale.SIMPLIFIED_CHINESE), l -> l.size() > 1);
        assertThat(leadInbox).hasSize(2);
        InboxItem digest = leadInbox.get(0);
        assertThat(digest.subjectType()).isEqualTo("DIGEST");
        assertThat(digest.body()).contains("督办事项#" + first.id() + "“" + first.titleEn() + "”：已交办给本单位",
                "督办事项#" + second.id() + "“" + second.titleEn() + "”：已交办给本单位",
                "督办事项#" + second.id() + "“" + second.titleEn() + "”：已逾期，催办");
        MimeMessage[] leadMail = await(() -> to(lead + "@test.example"), m -> m.length > 1);
        assertThat(leadMail).as("the notice, then one digest").hasSize(2);
        List<InboxItem> assistingInbox = inbox(assisting, Locale.ENGLISH);
        assertThat(assistingInbox).hasSize(1);
        assertThat(assistingInbox.get(0).body()).contains("Task #" + first.id(), "assigned to your unit")
                .doesNotContain("Task #" + second.id());

        // seven days overdue: the province's coordinators hear at once
        ladder.pass(LadderFixtures.noon(today.plusDays(4), zone));
        String province = Demo.user("coordinator", "province");
        List<InboxItem> above = await(() -> inbox(province, Locale.ENGLISH).stream()
                .filter(i -> "SUPERVISION_TASK".equals(i.subjectType()) && Long.toString(first.id()).equals(i.subjectRef())).toList(), l -> !l.isEmpty());
        assertThat(above).hasSize(1);
        assertThat(above.get(0).title()).isEqualTo("Task #" + first.id() + " “" + first.titleEn()
                + "”: escalated to " + Demo.PROVINCE);
        assertThat(above.get(0).body()).contains("Lead unit " + LadderFixtures.LEAD, "days overdue: 7",
                "supervision notice: DB-");
        assertThat(inbox(Demo.user("coordinator", "county"), Locale.ENGLISH).stream()
                .filter(i -> "SUPERVISION_TASK".equals(i.subjectType()) && Long.toString(first.id()).equals(i.subjectRef()))).as("not the level below").isEmpty();
    }
}
