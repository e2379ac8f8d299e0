package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home board and the situation page on the demo register in headless Chromium: a click on a heat-map cell lists
 * that cell's risks; the roll-up map is drawn. Screenshots under target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SituationBrowserTests {

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
    void theHomeBoardShowsTheSituationAndACellClickListsItsRisks() throws Exception {
        browser.logout();
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/");
        browser.waitFor(".heat-table");
        assertThat(browser.pageText()).contains("Open risks").contains("Open warnings").contains("Overdue reviews")
                .contains("What changed since").contains("Top risks");
        browser.screenshot("situation-home");

        WebElement cell = browser.find(".heat-cell");
        String count = cell.getAttribute("data-count");
        cell.click();
        browser.waitFor("#cell-risks .cell-risks");
        int rows = browser.driver.findElements(By.cssSelector("#cell-risks .cell-risks tbody tr")).size();
        assertThat(rows).isEqualTo(Integer.parseInt(count));
        WebElement first = browser.driver.findElement(By.cssSelector("#cell-risks .cell-risks tbody tr a"));
        assertThat(first.getAttribute("href")).contains("/risks/R-DP-01");
        browser.screenshot("situation-home-cell");

        browser.size(390, 844);
        browser.go("/");
        browser.waitFor(".heat-table");
        browser.screenshot("situation-home-phone");
        browser.size(1366, 900);
    }

    @Test
    void theSituationPageDrawsTheRollUpAndItsMap() throws Exception {
        browser.logout();
        browser.login(Demo.user("viewer", "province"), Demo.PASSWORD);
        browser.go("/situation");
        browser.waitFor(".rollup-map[data-map-state='drawn']");
        assertThat(browser.driver.findElement(By.cssSelector(".rollup-map")).getAttribute("data-map-values")).isEqualTo("21");
        assertThat(browser.pageText()).contains("Roll-up of Demo Province").contains("Reservoir dam safety");
        browser.screenshot("situation-page");
        assertThat(horizontalOverflow()).as("the page is no wider than the window").isZero();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('table.rollup').scrollIntoView({block: 'start', behavior: 'instant'});");
        browser.screenshot("situation-page-rollup");
        browser.go("/situation?jurisdiction=DP-01&residual=true&domain=PRODUCTION_SAFETY");
        browser.waitFor(".rollup-map[data-map-state='drawn']");
        browser.screenshot("situation-city-residual");
    }

    private long horizontalOverflow() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }
}
