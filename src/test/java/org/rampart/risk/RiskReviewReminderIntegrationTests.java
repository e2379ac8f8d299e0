package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.risk.RiskFixtures.create;
import static org.rampart.support.Sessions.signedIn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class RiskReviewReminderIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    RiskReviewReminders reminders;
    @Autowired
    RiskManagement risks;
    @Autowired
    ApplicationEvents events;

    List<String> reminded(String unit) {
        return events.stream(RiskReviewsDue.class).filter(e -> unit.equals(e.ownerUnitCode()))
                .flatMap(e -> e.risks().stream()).map(RiskReviewsDue.Item::code).toList();
    }

    @Test
    void anOverdueReviewIsRemindedOncePerDueDateToItsOwnerUnit() {
        Http analyst = signedIn(port, "analyst", "city");
        String overdue = create(analyst, "REM", Demo.CITY, 3, 3, "\"ownerUnit\":\"DP-01-NR\",\"reviewFrequencyDays\":7,"
                + "\"nextReviewDate\":\"" + risks.today().minusDays(1) + "\"");
        String notDue = create(analyst, "NOT", Demo.CITY, 3, 3, "\"ownerUnit\":\"DP-01-NR\"");

        while (reminders.remind(risks.today()) == RiskReviewReminders.BATCH) {
            // drain what other tests left overdue
        }
        assertThat(reminded("DP-01-NR")).contains(overdue).doesNotContain(notDue);
        events.clear();
        reminders.remind(risks.today());
        assertThat(reminded("DP-01-NR")).as("once per due date").doesNotContain(overdue);

        // Recording a review moves the date; when the new date passes, the next reminder goes out.
        analyst.postJson("/api/v1/risks/" + overdue + "/reviews", "{}");
        reminders.remind(risks.today().plusDays(8));
        assertThat(reminded("DP-01-NR")).contains(overdue);
    }

    @Test
    void theReminderReachesTheInboxOfTheOwnerUnitsUsersAndNoOneInTheSiblingCity() throws InterruptedException {
        Http analyst = signedIn(port, "analyst", "city");
        String overdue = create(analyst, "INB", Demo.CITY, 4, 4, "\"ownerUnit\":\"" + Demo.CITY + "-EM\","
                + "\"reviewFrequencyDays\":7,\"nextReviewDate\":\"" + risks.today().minusDays(2) + "\"");
        while (reminders.remind(risks.today()) == RiskReviewReminders.BATCH) {
            // drain what other tests left overdue
        }
        Http officer = signedIn(port, "officer", "city");
        String inbox = "";
        for (int i = 0; i < 100 && !inbox.contains(overdue); i++) {
            Thread.sleep(100);
            inbox = officer.get("/api/v1/inbox?size=100").body();
        }
        assertThat(inbox).contains(overdue, "RISK_REVIEW", "/risks/" + overdue);
        assertThat(officer.get("/inbox").body()).contains("href=\"/risks/" + overdue + "\"");
        assertThat(signedIn(port, "coordinator", "county").get("/api/v1/inbox?size=100").body())
                .as("not of the unit").doesNotContain(overdue);
    }
}
