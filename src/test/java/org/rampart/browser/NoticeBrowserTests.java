package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.supervision.LadderFixtures;
import org.rampart.supervision.LadderManagement;
import org.rampart.supervision.SupervisionNotice;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskManagement;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member of the lead unit opens a supervision notice and answers it (desktop and phone), in headless Chromium. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;
    @Autowired
    LadderManagement ladder;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    JdbcClient jdbc;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLeadUnitOpensItsNoticeAndAnswersIt() throws Exception {
        ZoneId zone = ladder.zone();
        LocalDate today = LocalDate.now(zone);
        Task task = LadderFixtures.task(tasks, jurisdictions, jdbc, today.minusDays(12), today.minusDays(4), zone,
                List.of());
        ladder.pass(LadderFixtures.noon(today, zone));
        SupervisionNotice notice = ladder.noticesOf(Actor.system(), task.id()).get(0);

        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("officer", "county"), Demo.PASSWORD);
        browser.go("/supervision/notices");
        assertThat(browser.pageText()).contains("Supervision notices", "To my unit", notice.number());
        browser.screenshot("supervision-notices");
        browser.go("/supervision/notices/" + notice.id());
        assertThat(browser.pageText()).contains("Supervision notice " + notice.number(), "Days overdue",
                notice.replyDue().toString());
        browser.screenshot("supervision-notice");
        browser.size(390, 844);
        browser.go("/supervision/notices/" + notice.id());
        browser.screenshot("supervision-notice-phone");

        browser.size(1366, 900);
        browser.find("#answer").sendKeys("Gates repaired; final report on Friday");
        browser.find("#answerForm button[type=submit]").click();
        browser.waitFor("#noticeAnswer");
        assertThat(browser.pageText()).contains("The answer has been recorded.", "Gates repaired; final report on Friday");
        browser.screenshot("supervision-notice-answered");
    }
}
