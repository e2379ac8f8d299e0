package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The meetings pages in headless Chromium at desktop and phone width: the list, the demo plenary with its decisions
 * and their tasks, the form; screenshots under target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingBrowserTests {

    @LocalServerPort
    int port;

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
    void theDemoPlenaryShowsItsDecisionsWithTheirTasksAtDesktopAndPhoneWidth() throws Exception {
        browser.login(Demo.user("coordinator", "province"), Demo.PASSWORD);
        browser.size(1366, 1100);
        browser.go("/meetings?jurisdiction=" + Demo.PROVINCE);
        browser.find("#meetings");
        browser.screenshot("meetings-list-desktop");
        browser.driver.findElement(By.linkText("Plenary of the provincial security and resilience committee")).click();
        browser.find(".decision .decision-tasks");
        String text = browser.pageText();
        assertThat(text).contains("Reservoir safety inspection of the province").contains("Assigned")
                .contains("Closed");
        assertThat(browser.driver.findElements(By.cssSelector(".decision"))).hasSize(2);
        String url = browser.driver.getCurrentUrl();
        browser.size(1366, 2000);
        browser.screenshot("meeting-desktop");
        browser.size(390, 2600);
        browser.go(url.substring(url.indexOf("/meetings")));
        browser.find(".decision");
        browser.screenshot("meeting-phone");
        browser.go("/meetings?jurisdiction=" + Demo.PROVINCE);
        browser.find("#meetings");
        browser.screenshot("meetings-list-phone");
        browser.go("/meetings/new");
        browser.find("#meeting-form");
        browser.screenshot("meeting-form-phone");
        browser.size(1366, 1400);
        browser.screenshot("meeting-form-desktop");
        browser.go("/meetings/series");
        browser.find("#series-form");
        browser.screenshot("meeting-series-desktop");
        browser.go(url.substring(url.indexOf("/meetings")));
        browser.find("#meeting-title");
        browser.driver.findElement(By.cssSelector("details summary")).click();
        browser.find(".decision-tasks-form input[name=title]");
        browser.size(1366, 2300);
        browser.screenshot("meeting-tasks-form-desktop");
    }
}
