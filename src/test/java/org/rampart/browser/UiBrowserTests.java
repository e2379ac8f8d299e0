package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The main pages in real headless Chromium, with screenshots under target/screenshots. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiBrowserTests {

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
    void signInSeeTheMapSearchTheTreeAndOpenAJurisdiction() throws Exception {
        browser.logout();
        browser.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        browser.go("/");
        browser.waitFor(".map[data-map-state='drawn']");
        assertThat(browser.find(".map").getAttribute("data-map-features")).isEqualTo("21");
        assertThat(browser.pageText()).contains("Situation in your scope").contains("Demo Province");
        browser.screenshot("home");

        browser.go("/jurisdictions");
        browser.find("#q").sendKeys("DP-01-01");
        browser.waitForText("#results", "found");
        assertThat(browser.find("#results").getText()).contains("1 found");
        browser.find("#tree [data-toggle-tree]").click();
        browser.waitFor("#tree ul ul li");
        assertThat(browser.driver.findElements(By.cssSelector("#tree ul ul > li")).size()).isEqualTo(21);
        browser.screenshot("tree");

        browser.find("#tree ul ul li a").click();
        browser.waitFor(".map[data-map-state='drawn']");
        assertThat(browser.pageText()).contains("Key figures").contains("Member units");
        browser.screenshot("jurisdiction");
    }

    @Test
    void languageSwitchIsRememberedForTheUser() throws Exception {
        browser.logout();
        browser.login(Demo.user("analyst", "province"), Demo.PASSWORD);
        browser.go("/");
        browser.find("button[name=lang][value=zh]").click();
        browser.waitForText("nav", "辖区");
        assertThat(browser.pageText()).contains("管辖范围内的态势");
        browser.screenshot("home-zh");
        browser.logout();
        browser.login(Demo.user("analyst", "province"), Demo.PASSWORD);
        browser.go("/jurisdictions");
        assertThat(browser.pageText()).contains("按名称或代码搜索");
        browser.find("button[name=lang][value=en]").click();
        browser.waitForText("nav", "Jurisdictions");
    }

    @Test
    void aCityUserCannotOpenASiblingCity() throws Exception {
        browser.logout();
        browser.login(Demo.user("viewer", "city"), Demo.PASSWORD);
        browser.go("/jurisdictions/" + Demo.SIBLING_CITY);
        assertThat(browser.pageText()).contains("Not found");
        assertThat(browser.driver.getPageSource()).doesNotContain(Demo.SIBLING_CITY + "-");
        browser.screenshot("out-of-scope");
        browser.go("/jurisdictions/" + Demo.CITY);
        browser.waitFor(".map[data-map-state='drawn']");
    }

    @Test
    void pagesFitAPhone() throws Exception {
        browser.logout();
        browser.size(390, 844);
        try {
            browser.login(Demo.user("reporter", "county"), Demo.PASSWORD);
            browser.go("/");
            browser.waitFor(".map[data-map-state]");
            Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(390);
            browser.screenshot("home-phone");
        } finally {
            browser.size(1366, 900);
        }
    }

    @Test
    void createAUserAndSeeTheAuditEntry() throws Exception {
        browser.logout();
        browser.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        String username = "browser." + Long.toString(System.nanoTime(), 36);
        browser.go("/admin/users/new");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys("a-long-password");
        browser.find("#displayName").sendKeys("Browser Test User");
        browser.find("#jurisdiction").sendKeys(Demo.CITY);
        browser.find("#role-ANALYST").click();
        browser.screenshot("user-new");
        browser.find("form[action$='/admin/users/new'] button[type=submit]").click();
        browser.waitForText("main", username);
        browser.screenshot("user");

        browser.go("/audit?entityType=user&entityId=" + username);
        browser.waitForText("#audit-results", username);
        assertThat(browser.find("#audit-results").getText()).contains("create").contains("administrator.province");
        browser.screenshot("audit");
    }

    @Test
    void importAFileAndSeeTheReport() throws Exception {
        browser.logout();
        browser.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        String code = "BRW-" + Long.toString(System.nanoTime(), 36);
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("import", ".csv");
        java.nio.file.Files.writeString(csv, "code,parent_code,level,name_en,name_zh,population\n"
                + code + ",DP-01-01-01,5,Browser Village,浏览器村,800\n"
                + code + "-X,NO-SUCH-PARENT,5,Orphan,孤儿,1\n");
        browser.go("/jurisdictions/import");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.find("form[action$='/jurisdictions/import'] button[type=submit]").click();
        browser.waitForText("#import-report", "NO-SUCH-PARENT");
        assertThat(browser.find("#import-report").getText()).contains("3");
        browser.screenshot("import-report");
        browser.go("/jurisdictions/" + code);
        assertThat(browser.pageText()).contains("Not found");
    }
}
