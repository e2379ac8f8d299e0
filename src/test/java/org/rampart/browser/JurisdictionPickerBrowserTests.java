package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Jurisdiction fields picked by name with the keyboard, on a desktop and on a phone-sized window. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurisdictionPickerBrowserTests {

    @LocalServerPort
    int port;

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

    @Test
    void aReporterPicksTheCountyByItsChineseNameWithTheKeyboard() throws Exception {
        String chinese = jurisdictions.get(Actor.system(), Demo.COUNTY).nameZh();
        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("reporter", "city"), Demo.PASSWORD);
        browser.go("/incidents/new");
        WebElement input = browser.find("#jurisdiction[role=combobox]");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        input.clear();
        input.sendKeys(chinese);
        browser.waitFor("#" + input.getAttribute("aria-controls") + " [role=option]");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        WebElement list = browser.driver.findElement(By.id(input.getAttribute("aria-controls")));
        assertThat(list.getText()).contains(Demo.COUNTY);
        browser.screenshot("picker-open");
        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(input.getAttribute("aria-activedescendant")).isNotBlank();
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Demo.COUNTY.equals(input.getAttribute("value")));
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.find(".jurisdiction-picker-chosen").getText()).contains(
                jurisdictions.get(Actor.system(), Demo.COUNTY).nameEn());

        browser.go("/warnings");
        WebElement filter = browser.find("#jurisdiction[role=combobox]");
        filter.sendKeys(Demo.SIBLING_CITY);
        browser.waitFor("#" + filter.getAttribute("aria-controls") + " li");
        assertThat(browser.driver.findElement(By.id(filter.getAttribute("aria-controls"))).findElements(
                By.cssSelector("[role=option]"))).as("a sibling city is not offered").isEmpty();

        browser.size(390, 844);
        browser.go("/incidents/new");
        WebElement phone = browser.find("#jurisdiction[role=combobox]");
        phone.clear();
        phone.sendKeys(chinese.substring(0, 1));
        browser.waitFor("#" + phone.getAttribute("aria-controls") + " [role=option]");
        Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the open list fits the phone's width").isLessThanOrEqualTo(390);
        browser.screenshot("picker-phone");
        browser.size(1366, 900);
    }
}
