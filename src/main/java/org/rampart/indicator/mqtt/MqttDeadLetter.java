package org.rampart.indicator.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A message that could not be ingested, with why; {@code truncated} when only the first part of it was kept. */
record MqttDeadLetter(long id, String topic, byte[] payload, boolean truncated, String reason, Instant receivedAt) {

    /** The payload as UTF-8 text (malformed bytes replaced), for display. */
    String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
