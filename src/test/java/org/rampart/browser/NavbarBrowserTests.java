package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main navigation of a user who sees every entry (a provincial administrator): one line at 1366 px in both
 * languages, a collapsed menu that opens on a phone; screenshots under target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavbarBrowserTests {

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

    /**
     * How far apart (px) the vertical centres of the brand, the entries, the inbox, the language switch and the
     * account menu are: a few pixels on one line, a line's height or more when the bar wraps.
     */
    private double spread() {
        return ((Number) ((JavascriptExecutor) browser.driver).executeScript("""
                const items = [...document.querySelectorAll('#mainNav > ul.navbar-nav > li.nav-item,'
                    + ' #mainNav > a.btn, #mainNav > form, #mainNav > .dropdown, nav.navbar .navbar-brand')];
                const centres = items.map(e => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2; });
                return Math.max(...centres) - Math.min(...centres);""")).doubleValue();
    }

    private double navHeight() {
        return ((Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.querySelector('nav.navbar').getBoundingClientRect().height;"))
                .doubleValue();
    }

    @Test
    void theNavigationFitsOnOneLineAt1366PixelsAndCollapsesOnAPhone() throws Exception {
        browser.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        browser.size(1366, 900);
        browser.go("/");
        browser.find("#mainNav");
        assertThat(spread()).as("one line of entries").isLessThan(16);
        assertThat(navHeight()).isLessThan(70);
        browser.screenshot("navbar-desktop");
        browser.driver.findElement(By.id("supervisionMenu")).click();
        browser.find("#supervisionMenu + .dropdown-menu a[href='/supervision/my-work']");
        browser.screenshot("navbar-desktop-supervision");

        browser.find("#mainNav form button[name=lang][value=zh]").click();
        browser.waitFor("#mainNav form button[name=lang][value=en]");
        assertThat(spread()).as("one line in Chinese too").isLessThan(16);
        browser.screenshot("navbar-desktop-zh");
        browser.find("#mainNav form button[name=lang][value=en]").click();
        browser.waitFor("#mainNav form button[name=lang][value=zh]");

        browser.size(390, 844);
        browser.go("/");
        WebElement toggler = browser.find(".navbar-toggler");
        assertThat(browser.driver.findElement(By.id("mainNav")).isDisplayed()).isFalse();
        browser.screenshot("navbar-phone");
        toggler.click();
        browser.find("#mainNav #supervisionMenu").click();
        browser.find("#supervisionMenu + .dropdown-menu a[href='/supervision/my-work']");
        browser.screenshot("navbar-phone-open");
    }
}
