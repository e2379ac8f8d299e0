package org.rampart.indicator.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/**
 * A message that could not be ingested, with why: its problems as codes, or for a message dead-lettered before they
 * were kept (V71) only the English {@code reason} ({@code problems} is then null); {@code truncated} when only the first
 * part of the payload was kept.
 */
record MqttDeadLetter(long id, String topic, byte[] payload, boolean truncated, String reason, List<Problem> problems,
        Instant receivedAt) {

    /** The payload as UTF-8 text (malformed bytes replaced), for display. */
    String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
