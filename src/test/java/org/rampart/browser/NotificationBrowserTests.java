package org.rampart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskReviewsDue;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A risk review reminder in the inbox (desktop and phone) and in the delivery log, in headless Chromium. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
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
    void anOfficerSeesTheRiskReviewReminderAndOpensTheRisk() throws Exception {
        String code = "BRN-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String path = jurisdictions.ref(Demo.CITY).orElseThrow().path();
        transactions.executeWithoutResult(s -> publisher.publishEvent(new RiskReviewsDue(Demo.CITY + "-EM",
                LocalDate.of(2026, 3, 5), List.of(
                        new RiskReviewsDue.Item(code, Demo.CITY, path, LocalDate.of(2026, 3, 1), RiskLevel.HIGH, true),
                        new RiskReviewsDue.Item(code + "B", Demo.CITY, path, LocalDate.of(2026, 2, 20), RiskLevel.MEDIUM,
                                false)))));
        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("officer", "city"), Demo.PASSWORD);
        for (int i = 0; i < 50 && !browser.go("/inbox").pageText().contains(code); i++) {
            Thread.sleep(200);
        }
        assertThat(browser.pageText()).contains("Risk review", "2 overdue risk review(s) for unit " + Demo.CITY + "-EM",
                code + " (" + Demo.CITY + ", level High)");
        assertThat(browser.find("a[href='/risks/" + code + "']").isDisplayed()).isTrue();
        browser.screenshot("notification-inbox-risk-review");
        browser.size(390, 844);
        browser.go("/inbox");
        browser.screenshot("notification-inbox-risk-review-phone");

        browser.logout();
        browser.size(1366, 900);
        browser.login(Demo.user("administrator", "city"), Demo.PASSWORD);
        browser.go("/admin/deliveries?subject=RISK_REVIEW");
        assertThat(browser.pageText()).contains("Risk review", code);
        browser.screenshot("notification-deliveries-risk-review");
    }
}
