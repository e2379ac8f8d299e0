package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The risk register and a risk's page in headless Chromium: create, re-assess (the trend grows), treat, list. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskBrowserTests {

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

    /** Click an element after scrolling it to the middle of the window (a long form's lower half is off screen). */
    private void click(String css) {
        var element = browser.find(css);
        // Bootstrap scrolls smoothly: jump instead, so that the click does not land while the page still moves.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    element.click();
                    return true;
                });
    }

    /** Wait until an element lies in the window (focusing a field scrolls to it once the page has loaded). */
    private void waitInView(String css) {
        var element = browser.find(css);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
                        element));
    }

    @Test
    void anAnalystCreatesReassessesAndTreatsARiskAndFindsItInTheRegister() throws Exception {
        String code = "BR-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("analyst", "city"), Demo.PASSWORD);
        browser.go("/risks");
        browser.find("a[href='/risks/new']").click();
        browser.find("#code").sendKeys(code);
        browser.find("#jurisdiction").clear();
        browser.find("#jurisdiction").sendKeys(Demo.COUNTY);
        new Select(browser.find("#domain")).selectByValue("DISASTER");
        browser.find("#titleEn").sendKeys("Reservoir dam safety in the flood season");
        browser.find("#titleZh").sendKeys("汛期水库大坝安全");
        browser.find("#descriptionEn").sendKeys("Seepage at the old earth dam above the county town.");
        new Select(browser.find("#likelihood")).selectByValue("3");
        new Select(browser.find("#impact")).selectByValue("5");
        browser.find("#ownerUnit").sendKeys("DP-01-01-WR");
        browser.find("#tags").sendKeys("flood, dam");
        click("#bottomLine");
        browser.find("#reason").sendKeys("Identified at the flood-season meeting");
        click("#risk-form button[type=submit]");
        browser.waitFor(".risk-trend[data-chart-state='drawn']");
        assertThat(browser.pageText()).contains("Reservoir dam safety in the flood season").contains("Bottom line")
                .contains("High");

        new Select(browser.find("#a-likelihood")).selectByValue("4");
        new Select(browser.find("#a-rl")).selectByValue("2");
        new Select(browser.find("#a-ri")).selectByValue("4");
        browser.find("#a-reason").sendKeys("Cracks found in the spillway");
        click("#assess-form button[type=submit]");
        browser.waitFor(".risk-trend[data-chart-points='2']");
        assertThat(browser.driver.findElements(By.cssSelector("#assessments tbody tr"))).hasSize(2);
        assertThat(browser.pageText()).contains("Extreme").contains("Cracks found in the spillway");

        browser.find("#t-title").sendKeys("Reinforce the spillway");
        browser.find("#t-unit").sendKeys("DP-01-01-WR");
        browser.find("#t-due").sendKeys("12312099");
        click("#treatment-form button[type=submit]");
        browser.waitForText("#treatments", "Reinforce the spillway");
        browser.screenshot("risk-detail");

        // Edit the action in its row: the form opens there with the title focused, and saving shows the new values.
        click("#treatments .treatment-edit-link");
        browser.waitFor("#treatment-edit-form");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("te-title");
        waitInView("#te-title");
        browser.screenshot("risk-treatment-edit");
        browser.find("#te-title").clear();
        browser.find("#te-title").sendKeys("Reinforce and raise the spillway");
        browser.find("#te-unit").clear();
        browser.find("#te-unit").sendKeys("DP-01-EM");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = '2099-06-30';", browser.find("#te-due"));
        new Select(browser.find("#te-status")).selectByValue("IN_PROGRESS");
        click("#treatment-edit-form button[type=submit]");
        browser.waitForText("#treatments", "Reinforce and raise the spillway");
        assertThat(browser.driver.findElements(By.id("treatment-edit-form"))).isEmpty();
        assertThat(browser.find("#treatments tbody").getText()).contains("DP-01-EM").contains("2099-06-30")
                .contains("In progress");
        browser.screenshot("risk-treatment-edited");

        // Clear the residual pair in the edit form: both "none".
        click("a[href='/risks/" + code + "/edit']");
        new Select(browser.find("#residualLikelihood")).selectByValue("");
        new Select(browser.find("#residualImpact")).selectByValue("");
        browser.find("#reason").sendKeys("The spillway patrols were stopped");
        click("#risk-form button[type=submit]");
        browser.waitFor(".risk-trend[data-chart-points='3']");
        assertThat(browser.find("#assess-form #a-rl").getAttribute("value")).isEmpty();
        assertThat(browser.pageText()).contains("The spillway patrols were stopped");

        browser.go("/risks?q=spillway");
        browser.go("/risks?q=" + code);
        browser.waitFor("tr[data-code='" + code + "']");
        assertThat(browser.find("tr[data-code='" + code + "'] .risk-level").getAttribute("data-level")).isEqualTo("EXTREME");
        browser.go("/risks");
        browser.waitFor("table.risk-register");
        assertThat(browser.driver.findElements(By.cssSelector("table.risk-register tbody tr")).get(0).getAttribute("class"))
                .as("bottom-line risks come first").contains("risk-bottom-line");
        browser.screenshot("risk-register");
        browser.go("/risks?q=" + java.net.URLEncoder.encode("水库大坝", java.nio.charset.StandardCharsets.UTF_8));
        browser.waitFor("tr[data-code='" + code + "']");

        browser.size(390, 844);
        browser.go("/risks/" + code);
        browser.waitFor(".risk-trend[data-chart-state='drawn']");
        browser.screenshot("risk-detail-phone");
        click("#treatments .treatment-edit-link");
        browser.waitFor("#treatment-edit-form");
        waitInView("#te-title");
        browser.screenshot("risk-treatment-edit-phone");
        browser.go("/risks");
        browser.screenshot("risk-register-phone");
        browser.size(1366, 900);
        browser.go("/risks/matrix");
        browser.waitFor("table.risk-matrix-grid");
        browser.screenshot("risk-matrix");
    }

    @Test
    void savingATreatmentOfARiskClosedMeanwhileShowsTheConflictOnTheRisksPage() throws Exception {
        String code = "BC-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        org.rampart.support.Http api = new org.rampart.support.Http(port);
        api.login(Demo.user("analyst", "city"), Demo.PASSWORD);
        assertThat(api.postJson("/api/v1/risks", """
                {"code":"%s","titleEn":"Levee breach","titleZh":"堤防决口","domain":"DISASTER","jurisdiction":"%s",
                 "likelihood":3,"impact":3,"reason":"first assessment"}""".formatted(code, Demo.CITY)).status())
                .isEqualTo(201);
        assertThat(api.postJson("/api/v1/risks/" + code + "/treatments", """
                {"title":"Raise the levee","dueDate":"2099-01-31"}""").status()).isEqualTo(201);

        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("analyst", "city"), Demo.PASSWORD);
        browser.go("/risks/" + code);
        click("#treatments .treatment-edit-link");
        browser.waitFor("#treatment-edit-form");
        assertThat(api.postJson("/api/v1/risks/" + code + "/close", "{\"reason\":\"Levee rebuilt\"}").status())
                .as("closed by somebody else while the form is open").isEqualTo(200);
        browser.find("#te-title").sendKeys(" now");
        click("#treatment-edit-form button[type=submit]");
        browser.waitForText("main", "The risk is closed and cannot change.");
        assertThat(browser.driver.findElements(By.id("treatment-edit-form"))).isEmpty();
        assertThat(browser.find("#treatments tbody").getText()).contains("Raise the levee").doesNotContain("now");
        browser.screenshot("risk-treatment-closed");
    }

    @Test
    void anAdministratorSeesTheMatrixFormAndTheDomainsAndTheRegisterReadsInChinese() throws Exception {
        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        browser.go("/risks/matrix");
        browser.waitFor("#matrix-form");
        assertThat(browser.driver.findElements(By.cssSelector(".risk-matrix-grid tbody td"))).hasSize(25);
        browser.screenshot("risk-matrix-admin");
        browser.go("/risks/domains");
        browser.waitFor("#add-domain");
        assertThat(browser.pageText()).contains("Production safety");
        browser.screenshot("risk-domains");
        browser.go("/risks/reviews");
        browser.waitFor("#reviews-by-unit");
        browser.screenshot("risk-reviews");
        browser.go("/risks");
        click("button[name=lang][value=zh]");
        browser.waitForText("h1", "风险清单");
        browser.screenshot("risk-register-zh");
        click("button[name=lang][value=en]");
        browser.waitForText("h1", "Risk register");
    }
}
