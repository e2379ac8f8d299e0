package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The indicator pages in headless Chromium: chart, value map, completeness, and a CSV upload with its report. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorBrowserTests {

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
    void theIndicatorPageDrawsTheSeriesAndTheMapOfLatestValues() throws Exception {
        browser.logout();
        browser.login(Demo.user("analyst", "city"), Demo.PASSWORD);
        browser.go("/indicators");
        browser.find("a[href='/indicators/GRAIN_RESERVE_DAYS']").click();
        browser.waitFor(".indicator-chart[data-chart-state='drawn']");
        browser.waitFor(".value-map[data-map-state='drawn']");
        assertThat(browser.find(".indicator-chart").getAttribute("data-bands")).isEqualTo("0");
        assertThat(Integer.parseInt(browser.find(".value-map").getAttribute("data-map-values"))).isGreaterThan(2);
        assertThat(browser.driver.findElements(By.cssSelector("table.completeness td[data-state]"))).isNotEmpty();
        assertThat(browser.pageText()).contains("Grain reserve days").contains("Reporting completeness");
        browser.screenshot("indicator");
    }

    @Test
    void aCsvUploadShowsItsReportWithoutLeavingThePage() throws Exception {
        browser.logout();
        browser.login(Demo.user("reporter", "county"), Demo.PASSWORD);
        browser.go("/observations/upload");
        Path file = Files.createTempFile("observations", ".csv");
        Files.writeString(file, "indicator,jurisdiction,time,value\nDISPUTE_CASES,DP-01-01,2026-01-05,3\n"
                + "DISPUTE_CASES,DP-02-01,2026-01-05,4\n");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("form[data-upload-form] button[type=submit]").click();
        browser.waitFor("#upload-report [data-upload-report]");
        assertThat(browser.find("#upload-report").getText()).contains("Nothing was stored.")
                .contains("unknown jurisdiction 'DP-02-01'");
        browser.find("#skipBad").click();
        browser.find("form[data-upload-form] button[type=submit]").click();
        browser.waitForText("#upload-report", "The good rows were stored");
        assertThat(browser.find("[data-upload-report]").getAttribute("data-stored")).isIn("0", "1");
        browser.screenshot("indicator-upload");
        Files.deleteIfExists(file);
    }
}
