package org.rampart.supervision;

import java.util.HashSet;
import java.util.Set;
import org.rampart.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * What the next occurrence of a series takes over from the last one: each agenda item still open (not marked done),
 * as a new item that names the one it carries over; and a follow-up item for each decision whose tasks are still
 * open (any task not done or cancelled), both the last occurrence's own decisions and the ones it followed up
 * itself. A follow-up item comes back as long as its decision's tasks stay open, whether or not it was marked done.
 */
@Component
class CarryOver {

    private final MeetingSupport support;
    private final DecisionTasks tasks;

    CarryOver(MeetingSupport support, DecisionTasks tasks) {
        this.support = support;
        this.tasks = tasks;
    }

    /** Carry over into a meeting what it does not carry yet (run again, it adds only what is new since); the count. */
    int from(Actor actor, Meeting last, long meetingId) {
        Set<Long> followed = new HashSet<>();
        Set<Long> carried = new HashSet<>();
        int added = 0;
        for (Meeting.AgendaItem item : support.meetings.agenda(meetingId)) {
            if (item.decisionId() != null) {
                followed.add(item.decisionId());
            }
            if (item.carriedFromId() != null) {
                carried.add(item.carriedFromId());
            }
        }
        for (Meeting.AgendaItem item : last.agenda()) {
            if (item.decisionId() != null) {
                if (openTasks(actor, item.decisionId()) && followed.add(item.decisionId())) {
                    added++;
                    support.meetings.addItem(meetingId, item.titleEn(), item.titleZh(), item.id(), item.decisionId());
                }
            } else if (!item.done() && !carried.contains(item.id())) {
                added++;
                support.meetings.addItem(meetingId, item.titleEn(), item.titleZh(), item.id(), null);
            }
        }
        for (Decision d : support.decisions.byMeeting(last.id())) {
            if (openTasks(actor, d.id()) && followed.add(d.id())) {
                added++;
                support.meetings.addItem(meetingId, title(d.number(), d.textEn()), title(d.number(), d.textZh()),
                        null, d.id());
            }
        }
        return added;
    }

    private boolean openTasks(Actor actor, long decisionId) {
        return tasks.of(actor, decisionId).stream().anyMatch(Task::open);
    }

    /** A follow-up item's title: the decision's number and the start of its text in that language. */
    private static String title(String number, String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().split("\\R", 2)[0];
        String t = number + " " + line;
        return t.length() <= MeetingValidator.MAX_ITEM ? t : t.substring(0, MeetingValidator.MAX_ITEM - 1) + "\u2026";
    }
}
