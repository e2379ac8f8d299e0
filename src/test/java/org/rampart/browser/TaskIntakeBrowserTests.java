package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.rampart.incident.Incident;
import org.rampart.incident.IncidentDraft;
import org.rampart.incident.IncidentManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Task import and the incident's rectification panel in headless Chromium, at desktop and phone width. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskIntakeBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    IncidentManagement incidents;
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

    private void click(String css) {
        var element = browser.find(css);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private long count(String prefix) {
        return jdbc.sql("select count(*) from supervision_task where title_en like :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void aCoordinatorChecksAFileSeesTheBadRowAndImportsTheGoodOnes() throws Exception {
        String t = Sessions.uniqueCode("Browser");
        String due = LocalDate.now().plusDays(20).toString();
        Path file = Files.createTempFile("tasks", ".csv");
        Files.writeString(file, "title_en,title_zh,lead_unit,assisting_units,deadline,priority\n"
                + t + " levee check,堤防巡查,DP-01-WR,DP-01-EM," + due + ",HIGH\n"
                + t + " shelters,应急避难场所,DP-01-EM,DP-02-EM," + due + ",\n"
                + t + " drills,,DP-01-EM,,2001-05-01,SOON\n", StandardCharsets.UTF_8);
        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/supervision/tasks/import");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        click("button[name=dryRun][value=true]");
        browser.waitFor("[data-import-report]");
        String report = browser.pageText();
        assertThat(report).contains("DP-02-EM").contains("2001-05-01").contains("SOON");
        assertThat(count(t)).isZero();
        browser.screenshot("supervision-import-desktop");
        browser.size(390, 844);
        browser.screenshot("supervision-import-phone");
        browser.size(1366, 900);

        click("#skipBad");
        click("button[name=dryRun][value=false]");
        browser.waitFor("[data-import-report][data-assigned='1']");
        assertThat(count(t)).isEqualTo(1);
        Files.deleteIfExists(file);
    }

    @Test
    void theIncidentPageTurnsRectificationItemsIntoTasks() throws Exception {
        var city = jurisdictions.ref(Demo.CITY).orElseThrow();
        Actor reporter = new Actor(0, "coordinator.city", Set.of(Role.COORDINATOR), city.id(), city.path(), null, false);
        Incident i = incidents.report(reporter, new IncidentDraft("PRODUCTION_SAFETY", "FIRE",
                Sessions.uniqueCode("Cold-store fire"), "A fire in the county cold store.", Demo.COUNTY, null, null,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(5).toString(), null, null, 0, 2, 0, 0, null, null, null));
        incidents.finalReport(reporter, i.id(), "Overloaded wiring", "Inspect wiring before summer",
                "1. Rewire every cold store in the county\n2. 开展冷库消防安全专项检查\n3. Train night-shift staff in evacuation");
        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/incidents/" + i.id());
        browser.waitFor("#rectification-tasks form");
        browser.find("#lead_0").sendKeys("DP-01-01-EM");
        browser.find("#assist_0").sendKeys("DP-01-01-FIN");
        browser.find("#lead_1").sendKeys("DP-01-01-PS");
        click("#item-2");
        click("#rectification-tasks button[type=submit]");
        browser.waitForText("#rectification-tasks", "DP-01-01-PS");
        browser.waitFor("#rectification-item-1 a[href^='/supervision/tasks/']");
        assertThat(browser.find("#rectification-item-2").getText()).contains("DP-01-01-PS");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('rectification-tasks').scrollIntoView({block: 'start', behavior: 'instant'});");
        browser.screenshot("supervision-rectification-desktop");
        browser.size(390, 844);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('rectification-tasks').scrollIntoView({block: 'start', behavior: 'instant'});");
        browser.screenshot("supervision-rectification-phone");
        browser.size(1366, 900);
    }
}
