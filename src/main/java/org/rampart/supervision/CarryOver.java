package org.rampart.supervision;

import org.rampart.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * What the next occurrence of a series takes over from the last one: each agenda item still open (not marked done),
 * as a new item that names the one it carries over.
 */
@Component
class CarryOver {

    private final MeetingSupport support;

    CarryOver(MeetingSupport support) {
        this.support = support;
    }

    void from(Actor actor, Meeting last, long meetingId) {
        for (Meeting.AgendaItem item : last.agenda()) {
            if (!item.done()) {
                support.meetings.addItem(meetingId, item.titleEn(), item.titleZh(), item.id(), item.decisionId());
            }
        }
    }
}
