package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The grading rules page in headless Chromium: a refused edit on a phone keeps the text and names the field. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentGradingRulesBrowserTests {

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
    void anAdministratorSeesTheProblemsOfARefusedRuleSetNextToIt() throws Exception {
        browser.logout();
        browser.size(1280, 900);
        browser.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        browser.go("/incidents/grading-rules");
        browser.waitFor("#json-PRODUCTION_SAFETY");
        browser.screenshot("incident-grading-rules");
        browser.size(390, 844);
        WebElement text = browser.find("#json-SUPPLY_DISRUPTION");
        String bad = "{\"criteria\":[{\"figure\":\"DEATHS\",\"atLeastI\":0,\"atLeastII\":null,\"atLeastIII\":null}]}";
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                text, bad);
        browser.find("#rules-SUPPLY_DISRUPTION button[type=submit]").click();
        browser.waitFor("#problems-SUPPLY_DISRUPTION");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('rules-SUPPLY_DISRUPTION').scrollIntoView({block: 'start', behavior: 'instant'});");
        browser.screenshot("incident-grading-rules-refused-phone");
        assertThat(browser.find("#problems-SUPPLY_DISRUPTION").getText())
                .contains("Criterion 1: Grade I threshold: must be greater than 0");
        assertThat(browser.find("#json-SUPPLY_DISRUPTION").getAttribute("value")).isEqualTo(bad);
        // Screen readers read the problems with the field, and hear that it is invalid.
        assertThat(browser.find("#json-SUPPLY_DISRUPTION").getAttribute("aria-describedby"))
                .isEqualTo("problems-SUPPLY_DISRUPTION");
        assertThat(browser.find("#json-SUPPLY_DISRUPTION").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#json-PRODUCTION_SAFETY").getAttribute("aria-invalid")).isNull();
        browser.size(1280, 900);
    }
}
