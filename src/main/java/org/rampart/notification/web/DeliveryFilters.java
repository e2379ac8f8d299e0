package org.rampart.notification.web;

import org.rampart.notification.Channel;
import org.rampart.notification.DeliveryFilter;
import org.rampart.notification.DeliveryState;
import org.rampart.shared.BadInputException;

/** Parse the delivery-log filters of a request; blank values do not filter. */
final class DeliveryFilters {

    private DeliveryFilters() {
    }

    static DeliveryFilter of(Long warningId, String state, String channel) {
        DeliveryState s = null;
        if (state != null && !state.isBlank()) {
            s = DeliveryState.parse(state);
            if (s == null) {
                throw BadInputException.field("state", "unknown state '" + state + "'");
            }
        }
        Channel c = null;
        if (channel != null && !channel.isBlank()) {
            c = Channel.parse(channel);
            if (c == null) {
                throw BadInputException.field("channel", "unknown channel '" + channel + "'");
            }
        }
        return new DeliveryFilter(warningId, s, c);
    }
}
