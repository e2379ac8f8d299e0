package org.rampart.notification;

/** Filters of the delivery log; null members do not filter. */
public record DeliveryFilter(Long warningId, DeliveryState state, Channel channel) {

    public static DeliveryFilter none() {
        return new DeliveryFilter(null, null, null);
    }
}
