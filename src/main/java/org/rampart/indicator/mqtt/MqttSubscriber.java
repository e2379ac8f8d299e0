package org.rampart.indicator.mqtt;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The Paho client: a persistent session (clean session off) subscribed with QoS 1 and manual acknowledgements, so
 * that a message is acknowledged only once {@link MqttIngestion} committed or dead-lettered it. A message whose
 * storing failed is left unacknowledged and the exception makes Paho drop the connection; it reconnects on its
 * own and the broker delivers the message again (after a pause that grows with each failure in a row). The first connection is retried every
 * {@code rampart.mqtt.retry-seconds} until the broker answers; after that Paho's automatic reconnect takes over, and
 * the topics are subscribed again on every connection.
 */
@Component
class MqttSubscriber implements SmartLifecycle, MqttCallbackExtended {

    private static final Logger log = LoggerFactory.getLogger(MqttSubscriber.class);
    private static final int QOS = 1;
    private static final long MAX_PAUSE_MILLIS = 10_000;

    private final MqttProperties properties;
    private final MqttIngestion ingestion;
    private volatile MqttClient client;
    private volatile ScheduledExecutorService executor;
    private volatile boolean running;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant connectedAt;
    private volatile int consecutiveFailures;

    MqttSubscriber(MqttProperties properties, MqttIngestion ingestion) {
        this.properties = properties;
        this.ingestion = ingestion;
    }

    /** The connection as the admin page shows it. */
    record Status(boolean enabled, boolean connected, String brokerUrl, String clientId, List<String> topics,
            String actor, Instant connectedAt, String lastError, Instant lastErrorAt, MqttIngestion.Counters counters) {
    }

    Status status() {
        MqttClient c = client;
        return new Status(properties.enabled(), c != null && c.isConnected(), properties.brokerUrl(),
                properties.clientId(), topics(), properties.actor() + " @ "
                + (properties.scope() == null || properties.scope().isBlank() ? "/" : properties.scope()), connectedAt, lastError, lastErrorAt,
                ingestion.counters());
    }

    @Override
    public void start() {
        if (!properties.enabled() || running) {
            return;
        }
        try {
            client = new MqttClient(properties.brokerUrl(), properties.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("rampart.mqtt: cannot create a client for " + properties.brokerUrl(), e);
        }
        client.setManualAcks(true);
        client.setCallback(this);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mqtt-connect");
            t.setDaemon(true);
            return t;
        });
        running = true;
        executor.execute(this::connect);
    }

    private void connect() {
        if (!running) {
            return;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(30);
        if (properties.username() != null && !properties.username().isBlank()) {
            options.setUserName(properties.username());
        }
        if (properties.password() != null && !properties.password().isEmpty()) {
            options.setPassword(properties.password().toCharArray());
        }
        try {
            client.connect(options);
        } catch (MqttException e) {
            failure("cannot connect to " + properties.brokerUrl() + ": " + e.getMessage());
            if (running) {
                executor.schedule(this::connect, Math.max(1, properties.retrySeconds()), TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        connectedAt = Instant.now();
        log.info("MQTT {} to {}", reconnect ? "reconnected" : "connected", serverUri);
        ScheduledExecutorService e = executor;
        if (e != null && running) {
            e.execute(this::subscribe);
        }
    }

    private void subscribe() {
        List<String> topics = topics();
        if (topics.isEmpty()) {
            log.warn("rampart.mqtt.topics is empty: nothing to subscribe to");
            return;
        }
        int[] qos = new int[topics.size()];
        Arrays.fill(qos, QOS);
        try {
            client.subscribe(topics.toArray(String[]::new), qos);
            log.info("MQTT subscribed to {}", topics);
        } catch (MqttException ex) {
            failure("cannot subscribe to " + topics + ": " + ex.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        failure("connection lost: " + (cause == null ? "unknown" : cause.getMessage()));
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws MqttException {
        MqttClient c = client;
        try {
            ingestion.receive(topic, message.getPayload(), () -> {
                try {
                    c.messageArrivedComplete(message.getId(), message.getQos());
                } catch (MqttException e) {
                    throw new IllegalStateException("cannot acknowledge message " + message.getId(), e);
                }
            });
        } catch (RuntimeException e) {
            failure("message on " + topic + " not stored, left for redelivery: " + e.getMessage());
            pauseAfterFailure();
            throw e;
        }
        consecutiveFailures = 0;
    }

    /**
     * Wait a little longer after each failure in a row (0.25 s doubling up to 10 s, below the keep-alive interval)
     * before the connection is dropped, so that an unavailable database is not hammered by redeliveries.
     */
    private void pauseAfterFailure() {
        long millis = Math.min(MAX_PAUSE_MILLIS, 250L << Math.min(consecutiveFailures, 6));
        consecutiveFailures++;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // The subscriber publishes nothing.
    }

    private void failure(String message) {
        lastError = message;
        lastErrorAt = Instant.now();
        log.warn("MQTT: {}", message);
    }

    private List<String> topics() {
        return properties.topics() == null ? List.of()
                : properties.topics().stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList();
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
        }
        MqttClient c = client;
        if (c != null) {
            try {
                if (c.isConnected()) {
                    c.disconnect(2000);
                }
                c.close();
            } catch (MqttException ex) {
                log.warn("MQTT: closing the client failed: {}", ex.getMessage());
            }
        }
        client = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
