package org.rampart.indicator;

/**
 * One observation as received, before validation: codes, an ISO-8601 time and the value as text. {@code line} is
 * the CSV line (null for JSON batches, whose items are named by their index).
 */
public record ObservationInput(String indicator, String jurisdiction, String time, String value, Integer line) {
}
