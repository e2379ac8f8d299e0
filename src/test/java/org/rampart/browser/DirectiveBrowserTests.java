package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directive pages in headless Chromium: the demo directive's tree for the province, the city's receipt on a phone. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectiveBrowserTests {

    @LocalServerPort
    int port;

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

    private long demoDirective() {
        return jdbc.sql("select id from supervision_directive where number = 'DP-OFFICE-2026-12'").query(Long.class).single();
    }

    @Test
    void theProvinceSeesTheDemoDirectivesTreeWithItsGapsOnADesktop() throws Exception {
        browser.logout();
        browser.size(1366, 2400);
        browser.login(Demo.user("coordinator", "province"), Demo.PASSWORD);
        browser.go("/supervision/directives/" + demoDirective());
        browser.find("#tree");
        assertThat(browser.pageText()).contains("Who has confirmed, passed on and reported", "Confirmation overdue",
                "Passed on", "Does not apply below");
        browser.screenshot("directive-tree-desktop");
        browser.go("/supervision/directives");
        browser.find("table");
        browser.size(1366, 900);
        browser.screenshot("directive-list-desktop");
    }

    @Test
    void aCountyOfficeConfirmsOnAPhone() throws Exception {
        browser.logout();
        browser.size(390, 1600);
        browser.login(Demo.user("coordinator", "county"), Demo.PASSWORD);
        browser.go("/supervision/directives");
        browser.find("#directives-to-confirm");
        browser.screenshot("directive-list-phone");
        browser.go("/supervision/directives/" + demoDirective());
        browser.find("#receipt");
        browser.screenshot("directive-receipt-phone");
        if (!browser.driver.findElements(org.openqa.selenium.By.id("confirm")).isEmpty()) {
            browser.find("#confirm").click();
            browser.find("#receipt");
            assertThat(browser.find("#receipt").getText()).contains("Confirmed");
            browser.screenshot("directive-receipt-confirmed-phone");
        }
        browser.go("/supervision/my-work");
        browser.find("#directives-to-confirm");
        browser.screenshot("my-work-directives-phone");
        browser.go("/supervision/directives/new");
        browser.find("#number");
        browser.screenshot("directive-form-phone");
    }
}
