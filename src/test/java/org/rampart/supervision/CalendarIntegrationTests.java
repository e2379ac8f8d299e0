package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.UnitManagement;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar of deadlines and the per-user iCalendar feed: the month lists the deadlines the user may see (never a
 * sibling city's), the feed answers without signing in at its secret address with the same tasks, and a regenerated,
 * revoked, guessed or malformed address answers 404.
 */
@IntegrationTest
class CalendarIntegrationTests {

    private static final Pattern FEED_URL = Pattern.compile("value=\"(http[^\"]+/supervision/calendar/feed/(rcf_[^\"]+)\\.ics)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitManagement units;
    @Autowired
    SupervisionBoard board;

    String tag;
    long mine;
    long sibling;
    LocalDate due;

    @BeforeEach
    void tasks() {
        BoardFixtures fixtures = new BoardFixtures(jdbc, units);
        tag = Sessions.uniqueCode("CAL");
        due = board.today().plusDays(3);
        mine = fixtures.task(tag + " mine, with; commas", Demo.CITY, fixtures.unit(Demo.CITY, "CC"), due).save();
        sibling = fixtures.task(tag + " sibling", Demo.SIBLING_CITY, fixtures.unit(Demo.SIBLING_CITY, "CS"), due).save();
    }

    @Test
    void theMonthShowsTheDeadlinesTheUserMaySee() {
        Http http = Sessions.signedIn(port, "coordinator", "city");
        Http.Response month = http.get("/supervision/calendar?month=" + YearMonth.from(due));
        assertThat(month.status()).isEqualTo(200);
        assertThat(month.body()).contains(tag + " mine").doesNotContain(tag + " sibling")
                .contains("datetime=\"" + due + "\"");
        Http.Response province = Sessions.signedIn(port, "coordinator", "province")
                .get("/supervision/calendar?month=" + YearMonth.from(due) + "&jurisdiction=" + Demo.SIBLING_CITY);
        assertThat(province.body()).contains(tag + " sibling").doesNotContain(tag + " mine");
        Http.Response bad = http.get("/supervision/calendar?month=2026-13");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("is not a month");
    }

    @Test
    void theFeedListsTheUsersTasksAtItsSecretAddressUntilRevoked() {
        Http http = Sessions.signedIn(port, "coordinator", "city");
        assertThat(http.get("/supervision/calendar/feed").body()).contains("Calendar feed");
        Http.Response made = http.postForm("/supervision/calendar/feed", Map.of());
        assertThat(made.status()).isEqualTo(200);
        Matcher m = FEED_URL.matcher(made.body());
        assertThat(m.find()).as("the feed address is shown").isTrue();
        String path = m.group(1).substring(m.group(1).indexOf("/supervision/"));

        Http anonymous = new Http(port);
        Http.Response feed = anonymous.get(path);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        String ics = feed.body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:supervision-task-" + mine + "@")
                .contains("DTSTART;VALUE=DATE:" + due.toString().replace("-", ""))
                .contains(tag + " mine\\, with\\; commas")
                .doesNotContain("supervision-task-" + sibling + "@");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(http.get("/supervision/calendar/feed").body()).contains("You have a calendar feed since");

        // a new address stops the old one
        Matcher again = FEED_URL.matcher(http.postForm("/supervision/calendar/feed", Map.of()).body());
        assertThat(again.find()).isTrue();
        String newPath = again.group(1).substring(again.group(1).indexOf("/supervision/"));
        assertThat(anonymous.get(path).status()).isEqualTo(404);
        assertThat(anonymous.get(newPath).status()).isEqualTo(200);

        // revoked, guessed and malformed addresses answer alike
        assertThat(http.postForm("/supervision/calendar/feed/revoke", Map.of()).body()).contains("is revoked");
        assertThat(anonymous.get(newPath).status()).isEqualTo(404);
        assertThat(anonymous.get("/supervision/calendar/feed/rcf_" + "A".repeat(43) + ".ics").status()).isEqualTo(404);
        assertThat(anonymous.get("/supervision/calendar/feed/nonsense.ics").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'calendar-feed-revoked' and actor = :a")
                .param("a", Demo.user("coordinator", "city")).query(Integer.class).single()).isPositive();
    }

    @Test
    void theFeedOfACountyHoldsNoSiblingCitysTask() {
        Http http = Sessions.signedIn(port, "officer", "county");
        Matcher m = FEED_URL.matcher(http.postForm("/supervision/calendar/feed", Map.of()).body());
        assertThat(m.find()).isTrue();
        String ics = new Http(port).get(m.group(1).substring(m.group(1).indexOf("/supervision/"))).body();
        assertThat(ics).contains("BEGIN:VCALENDAR").doesNotContain("supervision-task-" + sibling + "@")
                .doesNotContain("supervision-task-" + mine + "@");
    }
}
