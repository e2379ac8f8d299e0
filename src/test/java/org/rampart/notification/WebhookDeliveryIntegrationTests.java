package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class WebhookDeliveryIntegrationTests extends NotificationTestSupport {

    private static final String SECRET = "webhook-secret-0123456789";

    /** One request the endpoint received. */
    record Received(String body, String signature, String delivery) {
    }

    @Autowired
    AuditManagement audit;

    @Autowired
    DeliveryWorker worker;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer server;

    @BeforeEach
    void startEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst("X-Rampart-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Rampart-Delivery")));
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopEndpoint() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void webhookRule() {
        notifications.createRule(actor("administrator", "province"), new RoutingRuleDraft("Hook", null, "YELLOW", Demo.CITY,
                Set.of("RAISED"), List.of(), List.of(), false, Set.of("WEBHOOK"), url(), SECRET, null));
    }

    private Delivery theDelivery(long warningId) {
        return deliveries(warningId).get(0);
    }

    @Test
    void aWebhookGetsTheEventSignedWithTheTargetsSecret() {
        webhookRule();
        WarningChanged event = event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.ORANGE, Demo.COUNTY);
        dispatcher.dispatch(event);

        Delivery sent = await(() -> theDelivery(event.warningId()), d -> d.state() == DeliveryState.SENT);
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.recipient()).startsWith("webhook:");
        assertThat(received).hasSize(1);
        Received r = received.get(0);
        assertThat(r.signature()).isEqualTo(WebhookSender.signature(SECRET, r.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(r.signature()).isNotEqualTo(WebhookSender.signature("another-secret-123456", r.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(r.delivery()).isEqualTo(String.valueOf(sent.id()));
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("warningId").asLong()).isEqualTo(event.warningId());
        assertThat(body.path("change").asString()).isEqualTo("RAISED");
        assertThat(body.path("to").asString()).isEqualTo("ORANGE");
        assertThat(body.path("jurisdictionCode").asString()).isEqualTo(Demo.COUNTY);
    }

    @Test
    void aFailingEndpointIsRetriedUntilTheDeliveryIsDeadAndReplayDeliversItAgain() {
        status.set(500);
        webhookRule();
        WarningChanged event = event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.RED, Demo.CITY);
        dispatcher.dispatch(event);

        Delivery dead = await(() -> theDelivery(event.warningId()), d -> d.state() == DeliveryState.DEAD);
        assertThat(dead.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).isEqualTo("HTTP 500 from the webhook");
        assertThat(received).hasSize(3).extracting(Received::delivery).containsOnly(String.valueOf(dead.id()));

        Http admin = signedIn("administrator", "province");
        assertThat(admin.get("/admin/deliveries?state=DEAD").body()).contains("HTTP 500 from the webhook");
        assertThat(signedIn("administrator", "county").postJson("/api/v1/deliveries/" + dead.id() + "/replay", "")
                .status()).as("outside the county administrator's scope").isEqualTo(404);
        status.set(204);
        Http.Response replayed = admin.postJson("/api/v1/deliveries/" + dead.id() + "/replay", "");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(json.readTree(replayed.body()).path("state").asString()).isIn("PENDING", "SENT");

        Delivery sent = await(() -> theDelivery(event.warningId()), d -> d.state() == DeliveryState.SENT);
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(received).hasSize(4);
        JsonNode attempts = json.readTree(admin.get("/api/v1/deliveries/" + dead.id() + "/attempts").body());
        assertThat(attempts.findValuesAsString("outcome")).containsExactly("PENDING", "PENDING", "DEAD", "SENT");
        assertThat(attempts.path(0).path("error").asString()).isEqualTo("HTTP 500 from the webhook");
        assertThat(admin.get("/admin/deliveries/" + dead.id()).body()).contains("HTTP 500 from the webhook", "webhook:");
        assertThat(admin.postJson("/api/v1/deliveries/" + dead.id() + "/replay", "").status())
                .as("a sent delivery cannot be replayed").isEqualTo(409);
        assertThat(audit.search(actor("administrator", "province"), new AuditFilter(null, "notification-delivery",
                String.valueOf(dead.id()), "replay", null, null), new PageQuery(0, 10)).items()).hasSize(1);
    }

    @Test
    void twoWorkersNeverSendTheSameDeliveryTwice() throws InterruptedException {
        webhookRule();
        List<Long> warnings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            WarningChanged event = event(Change.RAISED, RiskDomain.FOOD, null, WarningLevel.RED, Demo.CITY);
            warnings.add(event.warningId());
            dispatcher.dispatch(event);
        }
        Thread[] threads = new Thread[3];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> worker.runDue());
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        await(() -> warnings.stream().allMatch(w -> theDelivery(w).state() == DeliveryState.SENT), done -> done);
        assertThat(received).hasSize(30);
        assertThat(received.stream().map(Received::delivery).distinct()).hasSize(30);
    }
}
