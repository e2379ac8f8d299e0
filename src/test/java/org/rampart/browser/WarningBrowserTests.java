package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From an observation over a threshold to the warning on the board, its page and its rule, in headless Chromium;
 * and the public-warning pages. Screenshots under target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarningBrowserTests {

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
    void anObservationOverTheThresholdShowsOnTheBoardAndItsPage() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String indicator = "BRW-IND-" + suffix;
        String rule = "BRW-RULE-" + suffix;
        Http api = new Http(port);
        api.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        var created = api.postJson("/api/v1/indicators", """
                {"code":"%s","nameEn":"Browser landslide reports","nameZh":"浏览器测试滑坡报告","domain":"DISASTER",
                 "unitOfMeasure":"reports","periodType":"DAILY","aggregation":"SUM","responsibleUnitCode":null}"""
                .formatted(indicator));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var ruled = api.postJson("/api/v1/rules", """
                {"code":"%s","indicatorCode":"%s","domain":"DISASTER","nameEn":"Landslide reports","nameZh":"滑坡报告",
                 "type":"THRESHOLD","direction":"HIGHER_IS_WORSE","thresholds":{"BLUE":10,"YELLOW":20,"ORANGE":30,"RED":40},
                 "recoverAfter":1}""".formatted(rule, indicator));
        assertThat(ruled.status()).as(ruled.body()).isEqualTo(201);
        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();
        var stored = api.postJson("/api/v1/observations", """
                {"observations":[{"indicator":"%s","jurisdiction":"DP-01-01","time":"%s","value":35}]}"""
                .formatted(indicator, today));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);

        String map = api.get("/api/v1/warnings/map?parent=DP-01").body();
        assertThat(map).containsPattern("\"DP-01-01\":\"(ORANGE|RED)\"");
        Http city = new Http(port);
        city.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        assertThat(city.get("/api/v1/warnings/map?parent=DP-02").status()).isEqualTo(404);
        assertThat(city.get("/api/v1/warnings/map?parent=DP-01").body()).contains("DP-01-01");

        browser.logout();
        browser.login(Demo.user("coordinator", "province"), Demo.PASSWORD);
        browser.go("/warnings");
        browser.waitFor(".value-map[data-map-state='drawn']");
        browser.waitForText("main", rule);
        assertThat(browser.pageText()).contains(rule).contains(indicator).contains("DP-01-01");
        browser.screenshot("warnings-board");

        browser.go("/rules/" + rule);
        browser.waitForText("main", rule);
        browser.screenshot("rule");

        browser.go("/silences");
        browser.waitFor("main h1");
        browser.screenshot("silences");
    }

    @Test
    void publicWarningPagesListImportedMessages() throws Exception {
        browser.logout();
        browser.login(Demo.user("coordinator", "province"), Demo.PASSWORD);
        browser.go("/cap");
        browser.waitFor("main h1");
        browser.screenshot("cap-list");
        browser.go("/cap/import");
        browser.waitFor("main h1");
        browser.screenshot("cap-import");
    }
}
