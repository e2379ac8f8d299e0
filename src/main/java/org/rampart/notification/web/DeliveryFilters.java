package org.rampart.notification.web;

import org.rampart.notification.Channel;
import org.rampart.notification.DeliveryFilter;
import org.rampart.notification.DeliveryState;
import org.rampart.shared.BadInputException;

/** Parse the delivery-log filters of a request; blank values do not filter. */
final class DeliveryFilters {

    private DeliveryFilters() {
    }

    /** The kinds of subject the delivery log offers as a filter. */
    static final java.util.List<String> SUBJECTS = java.util.List.of("WARNING", "RISK_REVIEW", "INCIDENT_STEP",
            "INCIDENT_FOLLOW_UP", "INCIDENT_SUPPLEMENTARY");

    static DeliveryFilter of(Long warningId, String state, String channel) {
        return of(warningId, state, channel, null);
    }

    static DeliveryFilter of(Long warningId, String state, String channel, String subject) {
        String subjectType = null;
        if (subject != null && !subject.isBlank()) {
            subjectType = subject.trim().toUpperCase(java.util.Locale.ROOT);
            if (!subjectType.matches("[A-Z_]{1,40}")) {
                throw BadInputException.field("subject", "unknown subject '" + subject + "'");
            }
        }
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
        return new DeliveryFilter(warningId, s, c, subjectType);
    }
}
