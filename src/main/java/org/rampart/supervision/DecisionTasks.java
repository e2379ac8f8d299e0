package org.rampart.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.springframework.stereotype.Component;

/**
 * Turn a decision into tasks in one step, all or nothing, through {@link TaskManagement#assignAll}: each task names
 * the decision as its source (its id and number) and the meeting's jurisdiction as the assigning side. The tasks a
 * decision became are read back with {@link TaskManagement#bySource}. A decision of a cancelled meeting never becomes
 * tasks ({@link MeetingStatus#assignTasks}).
 */
@Component
class DecisionTasks {

    /** At most this many tasks in one step. */
    static final int MAX_TASKS = 200;

    private final MeetingSupport support;
    private final DecisionRecording recording;
    private final TaskManagement tasks;

    DecisionTasks(MeetingSupport support, DecisionRecording recording, TaskManagement tasks) {
        this.support = support;
        this.recording = recording;
        this.tasks = tasks;
    }

    List<Task> assign(Actor actor, long decisionId, List<DecisionTaskDraft> drafts) {
        support.policy.requireOrganise(actor);
        Decision decision = recording.get(actor, decisionId);
        Meeting meeting = support.lock(actor, decision.meetingId());
        support.allowed(meeting.status().assignTasks());
        if (drafts == null || drafts.isEmpty()) {
            throw BadInputException.of("tasks", "decision.tasks.none");
        }
        if (drafts.size() > MAX_TASKS) {
            throw BadInputException.of("tasks", "decision.tasks.too-many", MAX_TASKS);
        }
        List<TaskDraft> out = new ArrayList<>();
        for (DecisionTaskDraft d : drafts) {
            out.add(new TaskDraft(d.titleEn(), d.titleZh(), d.description(), TaskSource.MEETING_DECISION,
                    decision.id(), decision.number(), meeting.jurisdictionCode(), d.assigningUnit(), d.leadUnit(),
                    d.assistingUnits(), d.deadline(), d.priority(), d.evidenceRequired(), d.milestones(), null));
        }
        List<Long> before = of(actor, decisionId).stream().map(Task::id).toList();
        List<Task> assigned = tasks.assignAll(actor, out);
        List<Long> after = new ArrayList<>(before);
        assigned.forEach(t -> after.add(t.id()));
        support.audit.record("tasks", "decision", decision.number(), decision.jurisdictionPath(),
                Map.of("tasks", before), Map.of("tasks", after));
        return assigned;
    }

    /** The tasks a decision became that the actor sees, oldest first. */
    List<Task> of(Actor actor, long decisionId) {
        return tasks.bySource(actor, TaskSource.MEETING_DECISION, decisionId);
    }
}
