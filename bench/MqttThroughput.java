import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the MQTT ingestion path next to the REST batch path, in the same run, on the same server.
 *
 * <p>Usage: {@code BENCH_TOKEN=... java bench/MqttThroughput.java --base http://127.0.0.1:PORT --broker
 * 127.0.0.1:1883 [--topic rampart/bench] [--messages 2000] [--batch 50] [--warmup-messages messages/5]
 * [--timeout-s 300]}
 *
 * <p>The server must run with {@code rampart.mqtt.enabled=true}, subscribed (via {@code rampart.mqtt.topics}) to the
 * topic given here, on the broker given here; the token must belong to an administrator (it creates one real-time
 * indicator per run). Both paths store the same number of new observations ({@code messages x batch}, rotating over
 * the 21 demo counties, distinct times): REST as {@code messages} sequential {@code POST /api/v1/observations}
 * batches of {@code batch} items; MQTT as {@code messages} QoS 1 messages of {@code batch} items published with at
 * most 100 unacknowledged, the clock stopping when {@code GET /api/v1/mqtt/status} counts them all stored. A
 * warm-up of {@code warmup-messages} on each path comes first and is not measured. A
 * dependency-free MQTT 3.1.1 publisher (CONNECT, PUBLISH QoS 1, PUBACK) keeps this a single-file program.
 *
 * <p>Prints {@code RESULT rest.obs_per_s}, {@code RESULT mqtt.obs_per_s} and {@code RESULT mqtt.ratio_to_rest}.
 */
public class MqttThroughput {

    private static final Pattern STORED = Pattern.compile("\"storedObservations\"\\s*:\\s*(\\d+)");
    private static final Pattern DEAD = Pattern.compile("\"deadLettered\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> a = parse(args);
        String base = require(a, "base").replaceAll("/$", "");
        String[] broker = require(a, "broker").split(":");
        String topic = a.getOrDefault("topic", "rampart/bench");
        int messages = Integer.parseInt(a.getOrDefault("messages", "2000"));
        int batch = Integer.parseInt(a.getOrDefault("batch", "50"));
        long timeoutMs = Long.parseLong(a.getOrDefault("timeout-s", "300")) * 1000;
        String token = System.getenv("BENCH_TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("set BENCH_TOKEN to an administrator's API token");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String code = "BENCH-MQTT-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        HttpResponse<String> created = send(http, token, base + "/api/v1/indicators", """
                {"code":"%s","nameEn":"Bench %s","nameZh":"基准 %s","domain":"DISASTER","unitOfMeasure":"mm",
                 "periodType":"REALTIME","aggregation":"SUM","description":"bench/MqttThroughput","source":"bench"}"""
                .formatted(code, code, code));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot create the indicator: " + created.statusCode() + " " + created.body());
        }
        long total = (long) messages * batch;
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        System.out.printf(Locale.ROOT, "mqtt-throughput: indicator %s, %d messages x %d observations per path%n", code,
                messages, batch);

        int warmup = Integer.parseInt(a.getOrDefault("warmup-messages", Integer.toString(Math.max(1, messages / 5))));
        Instant mqttStart = start.plus(1, ChronoUnit.DAYS);
        // Warm-up of both paths (not measured), so that neither pays for the JIT alone.
        rest(http, token, base, code, start, 0, warmup, batch);
        mqtt(http, token, base, broker, topic, code, mqttStart, 0, warmup, batch, timeoutMs);
        double restSeconds = rest(http, token, base, code, start, warmup, messages, batch);
        double mqttSeconds = mqtt(http, token, base, broker, topic, code, mqttStart, warmup, messages, batch, timeoutMs);

        double rest = total / restSeconds;
        double mqtt = total / mqttSeconds;
        System.out.printf(Locale.ROOT, "REST: %d observations in %.2f s = %.0f obs/s%n", total, restSeconds, rest);
        System.out.printf(Locale.ROOT, "MQTT: %d observations in %.2f s = %.0f obs/s%n", total, mqttSeconds, mqtt);
        System.out.printf(Locale.ROOT, "RESULT rest.obs_per_s %.0f%n", rest);
        System.out.printf(Locale.ROOT, "RESULT mqtt.obs_per_s %.0f%n", mqtt);
        System.out.printf(Locale.ROOT, "RESULT mqtt.ratio_to_rest %.2f%n", mqtt / rest);
    }

    /** REST: sequential batches, each answered before the next; returns the seconds taken. */
    private static double rest(HttpClient http, String token, String base, String code, Instant start, int from,
            int messages, int batch) throws Exception {
        long t0 = System.nanoTime();
        for (int m = from; m < from + messages; m++) {
            HttpResponse<String> r = send(http, token, base + "/api/v1/observations", body(code, start, m, batch));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("REST batch " + m + ": " + r.statusCode() + " " + r.body());
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** MQTT: publish, then wait until the server counts every observation stored; returns the seconds taken. */
    private static double mqtt(HttpClient http, String token, String base, String[] broker, String topic, String code,
            Instant start, int from, int messages, int batch, long timeoutMs) throws Exception {
        long total = (long) messages * batch;
        long storedBefore = status(http, token, base, STORED);
        long deadBefore = status(http, token, base, DEAD);
        long t0 = System.nanoTime();
        try (Publisher p = new Publisher(broker[0], Integer.parseInt(broker[1]), "bench-" + code)) {
            for (int m = from; m < from + messages; m++) {
                p.publish(topic, body(code, start, m, batch).getBytes(StandardCharsets.UTF_8));
            }
            p.drain();
        }
        long deadline = System.currentTimeMillis() + timeoutMs;
        long stored;
        while ((stored = status(http, token, base, STORED) - storedBefore) < total) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("only " + stored + " of " + total + " observations stored within the timeout"
                        + "; dead letters meanwhile: " + (status(http, token, base, DEAD) - deadBefore));
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** One batch: {@code batch} observations at distinct times, rotating over the 21 demo counties. */
    private static String body(String code, Instant start, int message, int batch) {
        StringBuilder sb = new StringBuilder("{\"observations\":[");
        for (int i = 0; i < batch; i++) {
            long n = (long) message * batch + i;
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"indicator\":\"").append(code).append("\",\"jurisdiction\":\"")
                    .append(String.format(Locale.ROOT, "DP-%02d-01", 1 + n % 21)).append("\",\"time\":\"")
                    .append(start.plusMillis(n / 21)).append("\",\"value\":").append(n % 1000).append('}');
        }
        return sb.append("]}").toString();
    }

    private static long status(HttpClient http, String token, String base, Pattern figure) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/mqtt/status"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = figure.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("GET /api/v1/mqtt/status: " + r.statusCode() + " " + r.body());
        }
        if (!r.body().contains("\"connected\":true")) {
            throw new IllegalStateException("the server is not connected to the broker: " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> send(HttpClient http, String token, String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A minimal MQTT 3.1.1 publisher: clean session, QoS 1, a window of unacknowledged messages. */
    static final class Publisher implements AutoCloseable {

        private static final int WINDOW = 100;
        private final Socket socket;
        private final OutputStream out;
        private final DataInputStream in;
        private final Semaphore window = new Semaphore(WINDOW);
        private final Thread reader;
        private volatile IOException failure;
        private int packetId;

        Publisher(String host, int port, String clientId) throws IOException {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            in = new DataInputStream(socket.getInputStream());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            string(body, "MQTT");
            body.write(4);
            body.write(0x02);
            body.write(0);
            body.write(60);
            string(body, clientId);
            packet(0x10, body.toByteArray());
            out.flush();
            int type = in.readUnsignedByte();
            int length = remaining(in);
            byte[] connack = in.readNBytes(length);
            if (type != 0x20 || connack.length != 2 || connack[1] != 0) {
                throw new IOException("the broker refused the connection");
            }
            reader = new Thread(this::readAcks, "puback-reader");
            reader.setDaemon(true);
            reader.start();
        }

        void publish(String topic, byte[] payload) throws IOException, InterruptedException {
            if (!window.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IOException("no PUBACK within 60 s", failure);
            }
            packetId = packetId % 65535 + 1;
            ByteArrayOutputStream body = new ByteArrayOutputStream(payload.length + topic.length() + 8);
            string(body, topic);
            body.write(packetId >> 8);
            body.write(packetId & 0xff);
            body.write(payload);
            packet(0x32, body.toByteArray());
        }

        void drain() throws IOException, InterruptedException {
            out.flush();
            if (!window.tryAcquire(WINDOW, 120, TimeUnit.SECONDS)) {
                throw new IOException("not every message was acknowledged by the broker", failure);
            }
            window.release(WINDOW);
        }

        private void readAcks() {
            try {
                while (true) {
                    int type = in.readUnsignedByte();
                    in.readNBytes(remaining(in));
                    if ((type & 0xf0) == 0x40) {
                        window.release();
                    }
                }
            } catch (IOException e) {
                failure = e;
            }
        }

        private void packet(int header, byte[] body) throws IOException {
            ByteArrayOutputStream p = new ByteArrayOutputStream(body.length + 5);
            p.write(header);
            int length = body.length;
            do {
                int digit = length % 128;
                length /= 128;
                p.write(length > 0 ? digit | 0x80 : digit);
            } while (length > 0);
            p.write(body);
            out.write(p.toByteArray());
        }

        private static int remaining(DataInputStream in) throws IOException {
            int value = 0;
            int multiplier = 1;
            int digit;
            do {
                digit = in.readUnsignedByte();
                value += (digit & 0x7f) * multiplier;
                multiplier *= 128;
            } while ((digit & 0x80) != 0);
            return value;
        }

        private static void string(ByteArrayOutputStream body, String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            body.write(bytes.length >> 8);
            body.write(bytes.length & 0xff);
            body.write(bytes, 0, bytes.length);
        }

        @Override
        public void close() throws IOException {
            try {
                out.write(new byte[] {(byte) 0xe0, 0});
                out.flush();
            } finally {
                socket.close();
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            m.put(args[i].substring(2), args[i + 1]);
        }
        return m;
    }

    private static String require(Map<String, String> a, String name) {
        String v = a.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
