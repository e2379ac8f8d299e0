package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warnings board and a warning's life in headless Chromium: the board shows a new warning without a reload when
 * an observation arrives through the API; a coordinator acknowledges with a comment, assigns to a unit and resolves
 * with a note; a silence mutes a rule and the board marks the warnings it mutes. Screenshots under
 * target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarningWorkflowBrowserTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Browser browser;
    private Http admin;

    @BeforeAll
    void open() {
        browser = Browser.open(port);
        admin = new Http(port);
        admin.login(Demo.user("administrator", "province"), Demo.PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver).executeScript(js);
    }

    private void waitLive() {
        browser.waitFor("#warnings-live[data-state='live']");
    }

    @Test
    void theBoardShowsANewWarningWithoutReloading() throws Exception {
        String rule = WarningBrowserFixtures.rule(admin, "LIVE");
        browser.logout();
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/warnings");
        waitLive();
        assertThat(browser.find("#warnings-live").getText()).isEqualTo("Live");
        assertThat(browser.find("#warning-rows").getText()).doesNotContain(rule);
        script("window.rampartSamePage = 'yes';");

        WarningBrowserFixtures.observe(admin, rule, Demo.COUNTY, 35);
        new WebDriverWait(browser.driver, Duration.ofSeconds(8))
                .until(d -> d.findElement(By.id("warning-rows")).getText().contains(rule));
        assertThat(script("return window.rampartSamePage")).as("the page was not reloaded").isEqualTo("yes");
        assertThat(browser.find("#warning-rows").getText()).contains(Demo.COUNTY).contains("Orange");
        assertThat(browser.find("#warnings-live").getAttribute("data-state")).isEqualTo("live");
        browser.waitFor(".value-map[data-map-state='drawn']");
        browser.screenshot("warnings-board-live-map");
        script("document.getElementById('warning-rows').scrollIntoView()");
        browser.screenshot("warnings-board-live");

        // A change in the sibling city neither shows nor reaches this board.
        WarningBrowserFixtures.observe(admin, rule, Demo.SIBLING_COUNTY, 45);
        WarningBrowserFixtures.observe(admin, rule, Demo.COUNTY, 45);
        new WebDriverWait(browser.driver, Duration.ofSeconds(8))
                .until(d -> d.findElement(By.id("warning-rows")).getText().contains("Red"));
        assertThat(browser.pageText()).doesNotContain(Demo.SIBLING_COUNTY);

        browser.size(390, 844);
        browser.go("/warnings");
        waitLive();
        browser.screenshot("warnings-board-live-phone");
        browser.size(1366, 900);

        // in Chinese, the badge says so too
        Http zh = new Http(port).language("zh-CN");
        zh.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        zh.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/warnings"));
        try {
            assertThat(zh.get("/warnings").body()).contains("正在连接").contains("data-live=\"实时\"");
        } finally {
            zh.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/warnings"));
        }
    }

    @Test
    void signingOutElsewhereEndsTheLiveBoardWhichSaysSoInsteadOfReconnecting() throws Exception {
        browser.logout();
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/warnings");
        waitLive();
        // signed out from another tab of the same browser: the session ends, and with it the stream
        script("""
                fetch('/logout', { method: 'POST', redirect: 'manual', credentials: 'same-origin',
                  headers: { 'X-CSRF-TOKEN': document.querySelector('meta[name=_csrf]').content } });""");
        browser.waitFor("#warnings-live[data-state='signedout']");
        assertThat(browser.find("#warnings-live").getText()).isEqualTo("Signed out: sign in again for updates");
        browser.screenshot("warnings-board-signed-out");
        assertThat(browser.find("#warning-rows").getText()).doesNotContain("Sign in");
    }

    @Test
    void aCoordinatorAcknowledgesAssignsAndResolvesAWarning() throws Exception {
        String rule = WarningBrowserFixtures.rule(admin, "FLOW");
        long id = WarningBrowserFixtures.observe(admin, rule, Demo.COUNTY, 25);
        browser.logout();
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/warnings/" + id);
        browser.waitForText("main h1", rule);
        browser.screenshot("warning-open");

        browser.find("#comment").sendKeys("Crew on site at the embankment");
        browser.find("form[action$='/acknowledge'] button[type=submit]").click();
        browser.waitFor("main .alert-success");
        assertThat(browser.pageText()).contains("Acknowledged").contains("Crew on site at the embankment");
        assertThat(browser.driver.findElements(By.cssSelector("form[action$='/acknowledge']"))).isEmpty();

        assertThat(browser.driver.findElements(By.cssSelector("#unit-choices option[value='" + Demo.COUNTY + "-EM']")))
                .as("the assign form suggests the jurisdiction's units").hasSize(1);
        browser.find("#unit").sendKeys(Demo.COUNTY + "-EM");
        browser.find("form[action$='/assign'] button[type=submit]").click();
        browser.waitFor("main .alert-success");
        assertThat(browser.pageText()).contains("Assigned unit").contains(Demo.COUNTY + "-EM").contains("Assigned");
        browser.screenshot("warning-assigned");

        browser.find("#unit").sendKeys("NO-SUCH-UNIT");
        browser.find("form[action$='/assign'] button[type=submit]").click();
        browser.waitFor("main .alert-danger");
        assertThat(browser.find("main .alert-danger").getText()).contains("NO-SUCH-UNIT");

        browser.find("#note").sendKeys("Water receded, embankment checked");
        browser.find("form[action$='/resolve'] button[type=submit]").click();
        browser.waitFor("main .alert-success");
        assertThat(browser.pageText()).contains("Resolved").contains("Water receded, embankment checked");
        assertThat(browser.driver.findElements(By.cssSelector("form[action$='/resolve']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("form[action$='/cap-draft']")))
                .as("no public warning for a resolved warning").isEmpty();
        browser.screenshot("warning-resolved");

        JsonNode detail = JSON.readTree(admin.get("/api/v1/warnings/" + id).body());
        assertThat(detail.get("warning").get("state").asString()).isEqualTo("RESOLVED");
        assertThat(detail.get("warning").get("assignedUnitCode").asString()).isEqualTo(Demo.COUNTY + "-EM");
    }

    @Test
    void aSilencedWarningIsRecordedAndMarked() throws Exception {
        String rule = WarningBrowserFixtures.rule(admin, "QUIET");
        browser.logout();
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/silences");
        browser.find("#ruleCode").sendKeys(rule);
        browser.find("#jurisdiction").sendKeys(Demo.COUNTY);
        browser.find("#reason").sendKeys("Planned reservoir release");
        browser.find("form[action$='/silences'] button[type=submit]").click();
        browser.waitFor("main .alert-success");
        assertThat(browser.pageText()).contains("Planned reservoir release").contains(rule);
        browser.screenshot("silence-created");

        browser.go("/warnings");
        waitLive();
        long id = WarningBrowserFixtures.observe(admin, rule, Demo.COUNTY, 45);
        new WebDriverWait(browser.driver, Duration.ofSeconds(8))
                .until(d -> d.findElement(By.id("warning-rows")).getText().contains(rule));
        assertThat(browser.find("[data-silenced='" + id + "']").getText()).isEqualTo("Silenced");
        script("document.getElementById('warning-rows').scrollIntoView()");
        browser.screenshot("warnings-board-silenced");

        browser.go("/warnings/" + id);
        assertThat(browser.find("[data-silenced]").getText()).contains("Silenced").contains("nobody is notified")
                .contains("Planned reservoir release");
        browser.screenshot("warning-silenced");
    }
}
