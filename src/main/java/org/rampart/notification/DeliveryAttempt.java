package org.rampart.notification;

import java.time.Instant;

/**
 * One attempt of a delivery: its number (counting on across replays), when, and the state it left the delivery in
 * (SENT, PENDING for a retry, FAILED or DEAD), with the error when it failed.
 */
public record DeliveryAttempt(int number, Instant at, DeliveryState outcome, String error) {
}
