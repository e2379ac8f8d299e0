package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The incident pages in headless Chromium: the quick report on a phone, the incident page, the board and statistics. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentBrowserTests {

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

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private void submit() {
        WebElement button = browser.find("form.incident-quick button[type=submit]");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        button.click();
    }

    @Test
    void aReporterOnAPhoneKeepsWhatWasTypedWhenTheReportIsRefusedAndThenReportsWithAPhoto() throws Exception {
        browser.logout();
        browser.size(390, 844);
        try {
            browser.login(Demo.user("reporter", "county"), Demo.PASSWORD);
            browser.go("/incidents/new");
            new org.openqa.selenium.support.ui.Select(browser.find("#type")).selectByValue("NATURAL_DISASTER");
            new org.openqa.selenium.support.ui.Select(browser.find("#subType")).selectByValue("LANDSLIDE");
            type(browser.find("#title"), "Landslide blocks the village road");
            type(browser.find("#deaths"), "-2");
            type(browser.find("#missing"), "1");
            Path fake = Files.createTempFile("scene", ".jpg");
            Files.writeString(fake, "this is not a photo");
            browser.driver.findElement(By.id("photo")).sendKeys(fake.toString());
            browser.screenshot("incident-quick-report-phone");
            submit();
            browser.waitFor("#problems");
            assertThat(browser.find("#problems").getText()).contains("Deaths").contains("must be zero or more")
                    .contains("claims to be an image");
            assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Landslide blocks the village road");
            assertThat(browser.find("#deaths").getAttribute("value")).isEqualTo("-2");
            assertThat(browser.find("#missing").getAttribute("value")).isEqualTo("1");
            assertThat(browser.find("#subType").getAttribute("value")).isEqualTo("LANDSLIDE");
            browser.screenshot("incident-quick-report-refused-phone");

            type(browser.find("#deaths"), "1");
            Path photo = Files.createTempFile("scene", ".png");
            BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(120, 90, 60));
            g.fillRect(0, 0, 320, 200);
            g.setColor(new Color(80, 140, 60));
            g.fillRect(0, 0, 320, 80);
            g.dispose();
            ImageIO.write(image, "png", photo.toFile());
            browser.driver.findElement(By.id("photo")).sendKeys(photo.toString());
            submit();
            browser.waitFor("#chain");
            assertThat(browser.pageText()).contains("Landslide blocks the village road").contains("Reporting chain")
                    .contains(Demo.COUNTY);
            assertThat(browser.driver.findElements(By.cssSelector("img.incident-thumb"))).hasSize(1);
            browser.screenshot("incident-page-phone");
        } finally {
            browser.size(1366, 900);
        }
    }

    @Test
    void aDutyOfficerConfirmsReceiptOnTheIncidentPageAndTheBoardShowsTheMap() throws Exception {
        browser.logout();
        browser.login(Demo.user("reporter", "county"), Demo.PASSWORD);
        browser.go("/incidents/new");
        type(browser.find("#title"), "Chemical leak at the fertiliser plant");
        new org.openqa.selenium.support.ui.Select(browser.find("#subType")).selectByValue("HAZARDOUS_CHEMICALS");
        type(browser.find("#seriousInjuries"), "12");
        submit();
        browser.waitFor("#chain");
        String url = browser.driver.getCurrentUrl();
        assertThat(browser.find("#grade").getText()).contains("III");

        browser.logout();
        browser.login(Demo.user("officer", "county"), Demo.PASSWORD);
        browser.driver.get(url);
        WebElement confirm = browser.find("#chain form button");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", confirm);
        confirm.click();
        browser.waitForText("#chain", "confirmed by officer.county");
        type(browser.find("#actionText"), "Plant evacuated, 2 km cordon");
        new org.openqa.selenium.support.ui.Select(browser.find("#actionType")).selectByValue("PEOPLE_EVACUATED");
        browser.find("#actionText").submit();
        browser.waitForText("#timeline", "Plant evacuated");
        browser.screenshot("incident-page");

        browser.logout();
        browser.login(Demo.user("coordinator", "province"), Demo.PASSWORD);
        browser.go("/incidents");
        browser.waitFor(".incident-map[data-map-state='drawn']");
        assertThat(Integer.parseInt(browser.find(".incident-map").getAttribute("data-map-points"))).isGreaterThan(10);
        browser.screenshot("incident-board");
        browser.go("/incidents/statistics");
        browser.waitFor(".incident-chart[data-chart-state='drawn']");
        browser.waitFor(".value-map[data-map-state='drawn']");
        browser.screenshot("incident-statistics");

        // The province moves it to the sibling county: the chain is rebuilt there, the county's confirmation stays
        // on record under the earlier places.
        browser.driver.get(url);
        WebElement to = browser.find("#moveTo");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", to);
        to.clear();
        type(to, Demo.SIBLING_COUNTY);
        to.submit();
        browser.waitFor("#earlierChain");
        assertThat(browser.find("#chain").getText()).contains(Demo.SIBLING_COUNTY, Demo.SIBLING_CITY);
        assertThat(browser.find("#earlierChain").getText()).contains(Demo.COUNTY, "confirmed by officer.county");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('chain').scrollIntoView({block: 'start', behavior: 'instant'});");
        browser.screenshot("incident-page-moved");
    }
}
