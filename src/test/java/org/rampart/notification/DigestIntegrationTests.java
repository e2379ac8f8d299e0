package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rampart.identity.UserDraft;
import org.rampart.notification.NoticeText.Arg;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Non-urgent notices wait for one digest per reader and day (inbox and e-mail through the embedded SMTP server),
 * written in the reader's language; two nodes running the daily pass at once send each digest once.
 */
@IntegrationTest
class DigestIntegrationTests extends NotificationTestSupport {

    @Autowired
    DigestPass pass;

    private String user(String locale) {
        String name = Sessions.uniqueCode("digest-" + locale);
        users.create(Actor.system(), new UserDraft(name, "Reader", EnumSet.of(Role.OFFICER), Demo.CITY, null,
                "password-123", locale));
        users.setEmail(Actor.system(), name, name + "@test.example");
        return name;
    }

    private Notice notice(String key, String title, String... usernames) {
        NoticeContent content = new NoticeContent(
                NoticeText.of("notification.incident.followUp.title", Arg.literal(7), Arg.names(title, title + "（中文）")),
                List.of(NoticeText.of("notification.incident.followUp.item", Arg.literal("2026-12-03 08:00"))),
                List.of(new NoticeLink("#" + key, "/incidents/" + key)));
        return new Notice("TEST:" + key, "TEST_NOTICE", key, "/incidents/" + key, Demo.CITY, path(Demo.CITY),
                new NoticeRecipients(List.of(usernames), List.of(), List.of()), EnumSet.of(Channel.IN_APP, Channel.EMAIL),
                content);
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

    private List<InboxItem> inbox(String username, Locale locale) {
        Actor actor = users.loadForSignIn(username).orElseThrow().actor();
        return notifications.inbox(actor, locale, false, new PageQuery(0, 100)).items();
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 5)).atZone(pass.zone()).toInstant();
    }

    @Test
    void noticesWaitForOneDigestPerReaderAndDayInTheReadersLanguage() throws Exception {
        String english = user("en");
        String chinese = user("zh");
        String key = Sessions.uniqueCode("k");
        assertThat(dispatcher.gather(notice(key + "-1", "Levee repair", english, chinese), Set.of())).isEqualTo(2);
        assertThat(dispatcher.gather(notice(key + "-2", "Shelter survey", english), Set.of())).isEqualTo(1);
        assertThat(dispatcher.gather(notice(key + "-3", "Drill report", english, chinese), Set.of(chinese)))
                .as("whoever caused it is left out").isEqualTo(1);
        assertThat(dispatcher.gather(notice(key + "-1", "Levee repair", english, chinese), Set.of()))
                .as("the same event again").isZero();
        assertThat(inbox(english, Locale.ENGLISH)).as("nothing is delivered one by one").isEmpty();

        LocalDate tomorrow = LocalDate.now(pass.zone()).plusDays(1);
        assertThat(pass.send(at(tomorrow, 7))).as("before the hour of the digest").isZero();

        // two nodes run the pass at the same moment
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Integer> run = () -> {
                start.await();
                return pass.send(at(tomorrow, 8));
            };
            runs.add(nodes.submit(run));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        nodes.shutdown();

        List<InboxItem> englishInbox = inbox(english, Locale.ENGLISH);
        assertThat(englishInbox).hasSize(1);
        InboxItem digest = englishInbox.get(0);
        assertThat(digest.subjectType()).isEqualTo("DIGEST");
        assertThat(digest.title()).isEqualTo("Your daily digest for " + tomorrow + " (notices: 3)");
        assertThat(digest.body()).contains("\u201cLevee repair\u201d", "\u201cShelter survey\u201d", "\u201cDrill report\u201d");
        assertThat(digest.links()).extracting(NoticeLink::href)
                .containsExactly("/incidents/" + key + "-1", "/incidents/" + key + "-2", "/incidents/" + key + "-3");

        List<InboxItem> chineseInbox = inbox(chinese, Locale.SIMPLIFIED_CHINESE);
        assertThat(chineseInbox).hasSize(1);
        assertThat(chineseInbox.get(0).title()).isEqualTo("您" + tomorrow + "的每日汇总（1条通知）");
        assertThat(chineseInbox.get(0).body()).contains("Levee repair（中文）").doesNotContain("Drill report");

        MimeMessage[] mail = await(() -> to(english + "@test.example"), m -> m.length > 0);
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getSubject()).isEqualTo("Your daily digest for " + tomorrow + " (notices: 3)");
        assertThat(mail[0].getContent().toString()).contains("Shelter survey", "/incidents/" + key + "-2");
        MimeMessage[] zh = await(() -> to(chinese + "@test.example"), m -> m.length > 0);
        assertThat(zh).hasSize(1);
        assertThat(zh[0].getSubject()).isEqualTo("您" + tomorrow + "的每日汇总（1条通知）");

        // later the same day: the new notice waits for the next day's digest
        dispatcher.gather(notice(key + "-4", "Pump check", english), Set.of());
        pass.send(at(tomorrow, 9));
        assertThat(inbox(english, Locale.ENGLISH)).hasSize(1);
        pass.send(at(tomorrow.plusDays(1), 8));
        List<InboxItem> next = inbox(english, Locale.ENGLISH);
        assertThat(next).hasSize(2);
        assertThat(next.get(0).title()).isEqualTo("Your daily digest for " + tomorrow.plusDays(1) + " (notices: 1)");
        assertThat(next.get(0).body()).contains("Pump check").doesNotContain("Levee repair");
        Thread.sleep(300);
        assertThat(to(english + "@test.example")).hasSize(2);
        assertThat(to(chinese + "@test.example")).hasSize(1);
    }
}
