package org.rampart.notification;

/** Filters of the delivery log; null members do not filter. subjectType is WARNING, RISK_REVIEW, ... */
public record DeliveryFilter(Long warningId, DeliveryState state, Channel channel, String subjectType) {

    public DeliveryFilter(Long warningId, DeliveryState state, Channel channel) {
        this(warningId, state, channel, null);
    }

    public static DeliveryFilter none() {
        return new DeliveryFilter(null, null, null, null);
    }
}
