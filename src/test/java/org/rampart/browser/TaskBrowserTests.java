package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskFixtures;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskUpload;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The supervision task pages in headless Chromium: a county unit accepts and submits a task; pages at two widths. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;
    @Autowired
    JurisdictionManagement jurisdictions;

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
        WebElement button = browser.find(css);
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        button.click();
    }

    private Task assign(String title) {
        Actor city = TaskFixtures.actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE");
        return tasks.assign(city, TaskFixtures.titles(TaskFixtures.draft(Demo.CITY, Demo.COUNTY + "-EM",
                tasks.today().plusDays(5)), title, "排查堤防隐患"));
    }

    @Test
    void aCountyUnitAcceptsReportsAndSubmitsATaskWithItsEvidence() throws Exception {
        browser.logout();
        browser.size(1366, 900);
        Task task = assign(Sessions.uniqueCode("Check the levee"));
        tasks.instruct(TaskFixtures.actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE"),
                task.id(), "Director Li", "Finish before the flood season, report every week.", null);
        browser.login(Demo.user("officer", "county"), Demo.PASSWORD);
        browser.go("/supervision/my-work");
        browser.waitForText("#toAccept", task.titleEn());
        browser.screenshot("supervision-my-work-desktop");
        browser.driver.findElement(By.linkText(task.titleEn())).click();
        browser.waitFor("#instructions");
        browser.screenshot("supervision-task-to-accept-desktop");
        click("#action-accept button[type=submit]");
        browser.waitForText(".alert-success", "Accepted");

        browser.find("#percent").clear();
        browser.find("#percent").sendKeys("50");
        browser.find("#progressText").sendKeys("Half of the levee inspected");
        click("#action-progress button[type=submit]");
        browser.waitForText(".alert-success", "progress report");

        Path evidence = Files.createTempFile("levee-report", ".pdf");
        Files.writeString(evidence, "%PDF-1.4 levee report");
        browser.find("#submitText").sendKeys("The levee is sound");
        browser.driver.findElement(By.id("evidenceFiles")).sendKeys(evidence.toString());
        click("#action-submit button[type=submit]");
        browser.waitForText(".alert-success", "Submitted");
        assertThat(browser.pageText()).contains("Submitted", "levee-report", "Finish before the flood season");
        assertThat(browser.driver.findElements(By.id("action-submit"))).isEmpty();
        browser.screenshot("supervision-task-submitted-desktop");
        assertThat(tasks.get(Actor.system(), task.id()).status().name()).isEqualTo("SUBMITTED");

        browser.size(390, 844);
        browser.go("/supervision/tasks/" + task.id());
        browser.waitFor("#history");
        browser.screenshot("supervision-task-phone");
        browser.go("/supervision/my-work");
        browser.waitFor("#toAccept");
        browser.screenshot("supervision-my-work-phone");
    }

    @Test
    void theListTheNewTaskFormAndTheCascadeTreeAtDesktopAndPhoneWidths() throws Exception {
        browser.logout();
        browser.size(1366, 900);
        Actor province = TaskFixtures.actor(jurisdictions, Role.COORDINATOR, Demo.PROVINCE, Demo.PROVINCE + "-OFFICE");
        Task root = tasks.assign(province, TaskFixtures.titles(TaskFixtures.draft(Demo.PROVINCE, Demo.CITY + "-EM",
                tasks.today().plusDays(20)), Sessions.uniqueCode("Flood season readiness"), "汛期准备"));
        Actor cityEm = TaskFixtures.actor(jurisdictions, Role.OFFICER, Demo.CITY, Demo.CITY + "-EM");
        Task accepted = tasks.accept(cityEm, root.id(), 0);
        tasks.split(cityEm, root.id(), accepted.version(), List.of(
                new org.rampart.supervision.SubTaskDraft(Demo.COUNTY + "-EM", null, null, null, null, null),
                new org.rampart.supervision.SubTaskDraft(Demo.CITY + "-02-EM", null, null, null, null, null)));
        tasks.reportProgress(cityEm, root.id(), accepted.version() + 1, 30, "Counties at work",
                List.of(new TaskUpload("plan.pdf", "application/pdf", "%PDF".getBytes())));

        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/supervision/tasks");
        browser.waitFor("#tasks");
        browser.screenshot("supervision-tasks-desktop");
        browser.go("/supervision/tasks/new");
        browser.waitFor("#new-task");
        WebElement lead = browser.find("#leadUnit");
        lead.sendKeys(Demo.COUNTY + "-W");
        browser.screenshot("supervision-new-task-desktop");
        browser.size(390, 844);
        browser.go("/supervision/tasks");
        browser.waitFor("#tasks");
        browser.screenshot("supervision-tasks-phone");
        browser.go("/supervision/tasks/new");
        browser.waitFor("#new-task");
        browser.screenshot("supervision-new-task-phone");

        // the cascade as the city's lead unit sees it: its task from the province and the counties' sub-tasks
        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("officer", "city"), Demo.PASSWORD);
        browser.go("/supervision/tasks/" + root.id() + "/tree");
        browser.waitFor("#task-tree");
        assertThat(browser.pageText()).contains(Demo.COUNTY + "-EM", Demo.CITY + "-02-EM");
        browser.screenshot("supervision-tree-desktop");

        browser.size(390, 844);
        browser.go("/supervision/tasks/" + root.id() + "/tree");
        browser.waitFor("#task-tree");
        browser.screenshot("supervision-tree-phone");
    }
}
