package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class InboxIntegrationTests extends NotificationTestSupport {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode newest(Http http) {
        return json.readTree(http.get("/api/v1/inbox?size=1").body()).path("items").path(0);
    }

    private long unread(Http http) {
        return json.readTree(http.get("/api/v1/inbox/unread-count").body()).path("unread").asLong();
    }

    @Test
    void theCoordinatorSeesTheNotificationWithAnUnreadBadgeAndMarksItRead() {
        Http coordinator = signedIn("coordinator", "county");
        coordinator.postJson("/api/v1/inbox/read-all", "");
        WarningChanged event = event(Change.UPGRADED, RiskDomain.PRODUCTION_SAFETY, WarningLevel.YELLOW,
                WarningLevel.ORANGE, Demo.COUNTY);
        dispatcher.dispatch(event);

        assertThat(unread(coordinator)).isEqualTo(1);
        String page = coordinator.get("/inbox").body();
        assertThat(page).contains("Orange (II) warning upgraded: " + Demo.COUNTY + " RAIN-3H", "id=\"inbox-unread\"");
        assertThat(coordinator.get("/").body()).as("the badge is on every page").contains("id=\"inbox-unread\"");
        JsonNode item = newest(coordinator);
        assertThat(item.path("warningId").asLong()).isEqualTo(event.warningId());
        assertThat(item.path("readAt").isNull()).isTrue();

        Http other = signedIn("coordinator", "city");
        assertThat(other.postJson("/api/v1/inbox/" + item.path("id").asLong() + "/read", "").status())
                .as("another user's item").isEqualTo(404);
        assertThat(coordinator.postJson("/api/v1/inbox/" + item.path("id").asLong() + "/read", "").status())
                .isEqualTo(204);
        assertThat(unread(coordinator)).isZero();
        assertThat(newest(coordinator).path("readAt").isNull()).isFalse();
        assertThat(coordinator.get("/inbox").body()).doesNotContain("id=\"inbox-unread\"");
    }

    @Test
    void theInboxSpeaksTheReadersLanguage() {
        Http coordinator = signedIn("coordinator", "county");
        coordinator.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        dispatcher.dispatch(event(Change.ESCALATED, RiskDomain.FOOD, WarningLevel.RED, WarningLevel.RED, Demo.COUNTY));
        try {
            assertThat(newest(coordinator).path("title").asString()).isEqualTo(Demo.COUNTY + "红色（I级）预警已逐级上报：RAIN-3H");
            assertThat(coordinator.get("/inbox").body()).contains("消息中心", "预警编号：");
        } finally {
            coordinator.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        }
    }
}
