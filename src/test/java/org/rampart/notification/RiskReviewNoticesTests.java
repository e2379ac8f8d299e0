package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskReviewsDue;

/** The plain parts of risk review notices: paths and event keys. */
class RiskReviewNoticesTests {

    private static RiskReviewsDue.Item item(String code, LocalDate due) {
        return new RiskReviewsDue.Item(code, "DP-01", "/1/2/", due, RiskLevel.HIGH, false);
    }

    @Test
    void parentsAndCommonPathsFollowWholeSegments() {
        assertThat(RiskReviewNotices.parent("/1/7/42/")).isEqualTo("/1/7/");
        assertThat(RiskReviewNotices.parent("/1/")).isNull();
        assertThat(RiskReviewNotices.commonPath(List.of("/1/7/42/", "/1/7/43/", "/1/7/"))).isEqualTo("/1/7/");
        assertThat(RiskReviewNotices.commonPath(List.of("/1/7/", "/1/71/"))).as("not a text prefix").isEqualTo("/1/");
        assertThat(RiskReviewNotices.commonPath(List.of("/1/", "/2/"))).isEqualTo("/");
    }

    @Test
    void theEventKeyDependsOnAudienceDayAndRisksWithTheirDatesNotOnTheirOrder() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        LocalDate due = LocalDate.of(2026, 3, 1);
        RiskReviewsDue event = new RiskReviewsDue("U", day, List.of());
        String key = RiskReviewNotices.eventKey("unit:U", event, List.of(item("A", due), item("B", due)));
        assertThat(RiskReviewNotices.eventKey("unit:U", event, List.of(item("B", due), item("A", due)))).isEqualTo(key);
        assertThat(RiskReviewNotices.eventKey("unit:V", event, List.of(item("A", due), item("B", due)))).isNotEqualTo(key);
        assertThat(RiskReviewNotices.eventKey("unit:U", event, List.of(item("A", due.plusDays(7)), item("B", due))))
                .as("a new due date is a new reminder").isNotEqualTo(key);
        assertThat(RiskReviewNotices.eventKey("unit:U", new RiskReviewsDue("U", day.plusDays(1), List.of()),
                List.of(item("A", due), item("B", due)))).isNotEqualTo(key);
        assertThat(key).startsWith("RISK_REVIEW:2026-03-05:").endsWith(":unit:U").hasSizeLessThanOrEqualTo(200);
    }
}
