package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public-warning workflow in headless Chromium: a coordinator turns a warning into a CAP draft and writes its
 * English and Chinese texts, a second coordinator approves and publishes it, and it appears in the Atom feed and at
 * its stable URL. Screenshots under target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapBrowserTests {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void open() {
        browser = Browser.open(port);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private void replace(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    private static HttpResponse<String> anonymousGet(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aWarningBecomesAPublishedPublicWarningAfterASecondCoordinatorApproves() throws Exception {
        Http admin = new Http(port);
        admin.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        String rule = WarningBrowserFixtures.rule(admin, "CAP");
        long warning = WarningBrowserFixtures.observe(admin, rule, Demo.COUNTY, 45);
        String marker = rule.substring(rule.indexOf('-') + 1);
        String headlineEn = "Flood warning for Demo County " + marker;
        String headlineZh = "演示县洪水红色预警 " + marker;

        browser.logout();
        browser.login(Demo.user("coordinator", "city"), Demo.PASSWORD);
        browser.go("/warnings/" + warning);
        browser.find("form[action$='/cap-draft'] button[type=submit]").click();
        browser.waitFor("form[data-cap-draft-form]");
        String draftUrl = browser.driver.getCurrentUrl();
        assertThat(draftUrl).containsPattern("/cap/drafts/\\d+$");
        browser.screenshot("cap-draft-new");

        replace("#headlineEn", headlineEn);
        replace("#descriptionEn", "The river at Demo County is above the red line and still rising.");
        replace("#instructionEn", "Move to higher ground. Do not cross flooded roads.");
        replace("#headlineZh", headlineZh);
        replace("#descriptionZh", "演示县河流水位超过红色警戒线，仍在上涨。");
        replace("#instructionZh", "请转移到高处，不要穿越积水路段。");
        browser.find("form[data-cap-draft-form] button[type=submit]").click();
        browser.waitFor("main .alert-success");
        assertThat(browser.find("main .alert-success").getText()).contains("saved");
        assertThat(browser.find("#headlineZh").getAttribute("value")).isEqualTo(headlineZh);
        assertThat(browser.pageText()).contains("a second person must approve");
        assertThat(browser.driver.findElements(By.cssSelector("form[action$='/approve']")))
                .as("the author cannot approve their own draft").isEmpty();
        browser.screenshot("cap-draft-saved");

        browser.logout();
        browser.login(Demo.user("coordinator", "province"), Demo.PASSWORD);
        browser.go("/cap/drafts");
        browser.waitForText("main", headlineEn);
        browser.screenshot("cap-drafts");
        browser.driver.get(draftUrl);
        browser.find("form[action$='/approve'] button[type=submit]").click();
        browser.waitFor("main .alert-success");
        assertThat(browser.pageText()).contains("approved").contains("Approved by");
        browser.find("form[action$='/publish'] button[type=submit]").click();
        browser.waitFor("main .alert-success");
        assertThat(browser.find("main h1").getText()).contains("Published");
        browser.screenshot("cap-draft-published");
        String xmlUrl = browser.find("a[href$='.xml']").getAttribute("href");
        assertThat(xmlUrl).containsPattern("/cap/messages/\\d+\\.xml$");

        HttpResponse<String> feed = anonymousGet("http://127.0.0.1:" + port + "/cap/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains(headlineEn).contains(xmlUrl.substring(xmlUrl.indexOf("/cap/messages/")));
        HttpResponse<String> xml = anonymousGet(xmlUrl);
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("<msgType>Alert</msgType>").contains("<status>Actual</status>")
                .contains(headlineEn).contains(headlineZh).contains("Move to higher ground")
                .contains("<language>zh-CN</language>");

        browser.go(xmlUrl.substring(xmlUrl.indexOf("/cap/messages/"), xmlUrl.length() - 4));
        browser.waitForText("main", headlineEn);
        browser.screenshot("cap-message-published");
    }
}
