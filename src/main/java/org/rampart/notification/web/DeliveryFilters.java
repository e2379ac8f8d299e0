package org.rampart.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.notification.Channel;
import org.rampart.notification.DeliveryFilter;
import org.rampart.notification.DeliveryState;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;

/** Parse the delivery-log filters of a request; blank values do not filter. */
final class DeliveryFilters {

    /** The kinds of subject the delivery log offers as a filter. */
    static final List<String> SUBJECTS = List.of("WARNING", "RISK_REVIEW", "INCIDENT_STEP", "INCIDENT_FOLLOW_UP",
            "INCIDENT_SUPPLEMENTARY", "SUPERVISION_TASK", "SUPERVISION_NOTICE", "DIRECTIVE", "DIGEST");

    private DeliveryFilters() {
    }

    /** Return the filter; throw {@link BadInputException} naming every unknown subject, state or channel. */
    static DeliveryFilter of(Long warningId, String state, String channel, String subject) {
        List<Problem> problems = new ArrayList<>();
        String subjectType = null;
        if (!Checks.blank(subject)) {
            subjectType = subject.trim().toUpperCase(Locale.ROOT);
            if (!SUBJECTS.contains(subjectType)) {
                problems.add(Problem.at("subject", "value.one-of", String.join(", ", SUBJECTS), subject.trim()));
                subjectType = null;
            }
        }
        DeliveryState s = Checks.oneOf("state", state, DeliveryState.class, false, problems);
        Channel c = Checks.oneOf("channel", channel, Channel.class, false, problems);
        BadInputException.throwIfAny(problems);
        return new DeliveryFilter(warningId, s, c, subjectType);
    }
}
