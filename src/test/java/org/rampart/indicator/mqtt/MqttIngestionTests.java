package org.rampart.indicator.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.indicator.IndicatorDraft;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.indicator.ObservationsRecorded;
import org.rampart.shared.Actor;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MQTT round trips through a real broker (Moquette on a free local port): a Paho publisher sends QoS 1 messages
 * that the application's subscriber stores, dead-letters, or leaves unacknowledged for redelivery. The subscriber is
 * scoped to the city DP-01.
 */
@IntegrationTest
class MqttIngestionTests {

    private static final int BROKER_PORT = freePort();
    private static final Server BROKER = startBroker(BROKER_PORT);
    private static final String TOPIC = "test/observations/";

    @DynamicPropertySource
    static void mqtt(DynamicPropertyRegistry registry) {
        registry.add("rampart.mqtt.enabled", () -> "true");
        registry.add("rampart.mqtt.broker-url", () -> "tcp://127.0.0.1:" + BROKER_PORT);
        registry.add("rampart.mqtt.client-id", () -> "rampart-test-" + BROKER_PORT);
        registry.add("rampart.mqtt.topics[0]", () -> TOPIC + "#");
        registry.add("rampart.mqtt.actor", () -> "sensor-gateway");
        registry.add("rampart.mqtt.scope", () -> Demo.CITY);
        registry.add("rampart.mqtt.retry-seconds", () -> "1");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorManagement indicators;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    MqttIngestion ingestion;

    @Autowired
    MqttSubscriber subscriber;

    private final List<ObservationsRecorded> recorded = new CopyOnWriteArrayList<>();
    private ApplicationListener<ApplicationEvent> listener;
    private MqttClient publisher;

    @BeforeEach
    void connect() throws MqttException {
        listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof ObservationsRecorded r) {
                recorded.add(r);
            }
        };
        multicaster.addApplicationListener(listener);
        publisher = new MqttClient("tcp://127.0.0.1:" + BROKER_PORT, "publisher-" + UUID.randomUUID(),
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        publisher.connect(options);
        awaitTrue("the subscriber connects", () -> subscriber.status().connected());
    }

    @AfterEach
    void disconnect() throws MqttException {
        ingestion.beforeCommit(null);
        multicaster.removeApplicationListener(listener);
        publisher.disconnect();
        publisher.close();
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stopServer();
    }

    @Test
    void aValidObservationIsStoredAndAnnounced() throws MqttException {
        String code = define();
        String topic = TOPIC + UUID.randomUUID();
        publish(topic, item(code, Demo.COUNTY, hourAgo(1), "12.5"));

        awaitTrue("the observation is stored", () -> count(code, Demo.COUNTY) == 1);
        assertThat(jdbc.sql("""
                select o.value from observation o join indicator i on i.id = o.indicator_id where i.code = :code""")
                .param("code", code).query(Double.class).single()).isEqualTo(12.5);
        assertThat(jdbc.sql("""
                select o.source from observation o join indicator i on i.id = o.indicator_id where i.code = :code""")
                .param("code", code).query(String.class).single()).isEqualTo("mqtt:" + topic);
        awaitTrue("ObservationsRecorded is published", () -> recorded.stream().anyMatch(r -> r.observations().stream()
                .anyMatch(o -> o.indicatorCode().equals(code))));
    }

    @Test
    void aBatchMessageIsStoredWhole() throws MqttException {
        String code = define();
        publish(TOPIC + "batch", "{\"observations\":[" + item(code, Demo.COUNTY, hourAgo(1), "1") + ","
                + item(code, Demo.COUNTY, hourAgo(2), "2") + "]}");
        awaitTrue("both observations are stored", () -> count(code, Demo.COUNTY) == 2);
    }

    @Test
    void malformedMessagesAreDeadLetteredWithTheirReasonAndDoNotBlockTheSubscription() throws MqttException {
        String code = define();
        String topic = TOPIC + UUID.randomUUID();
        publish(topic, "this is not json");
        publish(topic, "[1, 2, 3]");
        publish(topic, "{\"observations\":[" + item(code, Demo.COUNTY, hourAgo(1), "1") + ","
                + item(code, Demo.COUNTY, hourAgo(2), "NaN") + "]}");
        publish(topic, item(code, Demo.SIBLING_CITY, hourAgo(1), "3"));
        publish(topic, item(code, Demo.COUNTY, hourAgo(3), "7"));

        awaitTrue("the valid message after the bad ones is stored", () -> count(code, Demo.COUNTY) == 1);
        awaitTrue("four dead letters", () -> reasons(topic).size() == 4);
        List<String> reasons = reasons(topic);
        assertThat(reasons.get(0)).startsWith("payload: json.malformed");
        assertThat(reasons.get(1)).isEqualTo("payload: observation.message.shape");
        assertThat(reasons.get(2)).isEqualTo("item 1: value: number.not-finite");
        assertThat(reasons.get(3)).isEqualTo("item 0: jurisdiction: jurisdiction.unknown [" + Demo.SIBLING_CITY + "]");
        assertThat(jdbc.sql("select problems::text from mqtt_dead_letter where topic = :t order by id")
                .param("t", topic).query(String.class).list().get(2)).contains("\"code\": \"number.not-finite\"")
                .contains("\"index\": 1");
        assertThat(jdbc.sql("select convert_from(payload, 'UTF8') from mqtt_dead_letter where topic = :t order by id")
                .param("t", topic).query(String.class).list().get(0)).isEqualTo("this is not json");
        assertThat(count(code, Demo.SIBLING_CITY)).isZero();
    }

    @Test
    void aMessageIsAcknowledgedOnlyAfterItsTransactionCommitted() throws MqttException {
        String code = define();
        AtomicInteger attempts = new AtomicInteger();
        ingestion.beforeCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("simulated database failure before commit");
            }
        });
        long failedBefore = ingestion.counters().failed();
        publish(TOPIC + "redelivered", item(code, Demo.COUNTY, hourAgo(1), "42"));

        awaitTrue("the message is delivered again and stored", () -> count(code, Demo.COUNTY) == 1);
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(ingestion.counters().failed()).isEqualTo(failedBefore + 1);
        assertThat(jdbc.sql("""
                select count(*) from observation_history h join indicator i on i.id = h.indicator_id
                where i.code = :code""").param("code", code).query(Long.class).single()).isZero();
        awaitTrue("the subscriber is connected again", () -> subscriber.status().connected());
    }

    @Test
    void administratorsAndCoordinatorsSeeTheStatusAndTheDeadLetters() throws MqttException {
        String topic = TOPIC + UUID.randomUUID();
        publish(topic, "{\"broken\"");
        awaitTrue("dead-lettered", () -> reasons(topic).size() == 1);

        Http admin = signedIn("administrator", "province");
        Http.Response letters = admin.get("/api/v1/mqtt/dead-letters?size=500");
        assertThat(letters.status()).as(letters.body()).isEqualTo(200);
        assertThat(letters.body()).contains(topic).contains("\"code\":\"json.malformed\"")
                .contains("\"reason\":\"Message: is not valid JSON (line 1");
        Http.Response status = admin.get("/api/v1/mqtt/status");
        assertThat(status.body()).contains("\"connected\":true").contains(TOPIC + "#").doesNotContain("password");

        Http coordinator = signedIn("coordinator", "city");
        Http.Response page = coordinator.get("/indicators/mqtt");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(TOPIC + "#").contains("tcp://127.0.0.1:" + BROKER_PORT)
                .contains("Message: is not valid JSON (line 1");

        Http reporter = signedIn("reporter", "county");
        assertThat(reporter.get("/api/v1/mqtt/dead-letters").status()).isEqualTo(403);
        assertThat(reporter.get("/indicators/mqtt").status()).isEqualTo(403);
    }

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    private String define() {
        String code = "MQTT-" + UUID.randomUUID().toString().substring(0, 8);
        indicators.create(Actor.system(), new IndicatorDraft(code, "MQTT " + code, "MQTT " + code, "DISASTER", "mm",
                "HOURLY", "SUM", null, "for tests", "tests", true));
        return code;
    }

    private void publish(String topic, String payload) throws MqttException {
        publisher.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    private long count(String code, String jurisdiction) {
        return jdbc.sql("""
                select count(*) from observation o join indicator i on i.id = o.indicator_id
                join jurisdiction j on j.id = o.jurisdiction_id where i.code = :code and j.code = :j""")
                .param("code", code).param("j", jurisdiction).query(Long.class).single();
    }

    private List<String> reasons(String topic) {
        return jdbc.sql("select reason from mqtt_dead_letter where topic = :t order by id").param("t", topic)
                .query(String.class).list();
    }

    private static String item(String indicator, String jurisdiction, String time, String value) {
        return "{\"indicator\":\"" + indicator + "\",\"jurisdiction\":\"" + jurisdiction + "\",\"time\":\"" + time
                + "\",\"value\":" + value + "}";
    }

    private static String hourAgo(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(hours, ChronoUnit.HOURS).toString();
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting until " + what).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Server startBroker(int port) {
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("allow_anonymous", "true");
        p.setProperty("netty.epoll", "false");
        try {
            p.setProperty("data_path", Files.createTempDirectory("moquette").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Server server = new Server();
        try {
            server.startServer(new MemoryConfig(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }
}
