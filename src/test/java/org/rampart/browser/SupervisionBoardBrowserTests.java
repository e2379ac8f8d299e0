package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.rampart.jurisdiction.UnitManagement;
import org.rampart.supervision.BoardFixtures;
import org.rampart.supervision.SupervisionBoard;
import org.rampart.supervision.TaskStatus;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervision board, its drill-down, the calendar and the scorecard in Chromium at desktop and phone width, and
 * the calendar feed made from the account page (htmx): screenshots under target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionBoardBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitManagement units;
    @Autowired
    SupervisionBoard board;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        BoardFixtures f = new BoardFixtures(jdbc, units);
        LocalDate today = board.today();
        String water = f.unit(Demo.CITY, "WATER");
        String roads = f.unit(Demo.CITY, "ROADS");
        f.task("Repair the Qingshan flood gates", Demo.CITY, water, today.plusDays(12)).save();
        f.task("Inspect the reservoir dams", Demo.CITY, water, today.plusDays(2)).status(TaskStatus.IN_PROGRESS).save();
        f.task("Clear the drainage channels", Demo.CITY, water, today.minusDays(2)).priority("URGENT").save();
        f.task("Report on the landslide risk", Demo.CITY, roads, today.minusDays(9)).status(TaskStatus.ASSIGNED)
                .source("MEETING_DECISION").save();
        f.task("Fence the collapsed bridge", Demo.CITY, roads, today.minusDays(4)).status(TaskStatus.SENT_BACK).save();
        long parent = f.task("Check the school buildings", Demo.CITY, roads, today.plusDays(20)).save();
        f.task("Check the county's school buildings", Demo.CITY, "DP-01-01-EM", today.plusDays(15)).parent(parent).save();
        f.task("Train the village wardens", Demo.CITY, "DP-01-02-EM", today.minusDays(1)).parent(parent).save();
        f.task("Done: evacuation drill", Demo.CITY, water, today.minusDays(3)).doneOn(today.minusDays(4)).save();
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theBoardCalendarScorecardAndFeedWorkAtDesktopAndPhoneWidth() throws Exception {
        browser.logout();
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.size(1366, 900);
        browser.go("/supervision/board");
        browser.waitFor(".board-chart canvas");
        assertThat(browser.pageText()).contains("Supervision board", "By lead unit", "By jurisdiction of the lead unit",
                "Overdue");
        browser.screenshot("supervision-board");
        browser.find("#board-RED").click();
        browser.waitFor("#board-tasks");
        assertThat(browser.pageText()).contains("Report on the landslide risk").doesNotContain("Repair the Qingshan");
        browser.screenshot("supervision-board-red");
        browser.go("/supervision/board/tasks?jurisdiction=" + Demo.CITY);
        browser.driver.findElement(By.linkText("2 sub-tasks")).click();
        browser.waitFor("#cascade");
        assertThat(browser.pageText()).contains("Check the county's school buildings", "Train the village wardens");
        browser.screenshot("supervision-cascade");

        browser.go("/supervision/calendar");
        browser.waitFor(".calendar-grid");
        browser.screenshot("supervision-calendar");
        // keyboard: the next-month link is reachable and follows on Enter
        browser.find("a[rel=next]").sendKeys(Keys.ENTER);
        browser.waitFor(".calendar-grid");
        browser.go("/supervision/scorecard?from=" + board.today().minusDays(30) + "&to=" + board.today().plusDays(30));
        browser.waitFor("#scorecard");
        browser.screenshot("supervision-scorecard");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('scorecard').scrollIntoView({block: 'start', behavior: 'instant'});"
                        + "document.getElementById('scorecard').parentElement.scrollLeft = 10000;");
        assertThat(browser.find("#scorecard thead").getText()).contains("Directives confirmed on time");
        browser.screenshot("supervision-scorecard-table");

        browser.size(390, 844);
        browser.go("/supervision/board");
        browser.waitFor(".board-chart canvas");
        browser.screenshot("supervision-board-phone");
        browser.go("/supervision/calendar");
        browser.waitFor(".calendar-list");
        assertThat(browser.find(".calendar-list").getText()).contains("Inspect the reservoir dams");
        browser.screenshot("supervision-calendar-phone");

        browser.size(1366, 900);
        browser.go("/account");
        browser.waitFor("#calendar-feed-panel");
        browser.find("#calendar-feed-panel button.btn-primary").click();
        browser.waitFor("#feed-url");
        assertThat(browser.find("#feed-url").getAttribute("value")).contains("/supervision/calendar/feed/rcf_");
        browser.screenshot("supervision-feed");
    }
}
