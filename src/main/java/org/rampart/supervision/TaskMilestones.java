package org.rampart.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.stereotype.Component;

/**
 * The lead unit marks a milestone of its task done while it works on the task: the day is kept on the milestone,
 * the task's history records who and which milestone, and the audit log the task before and after.
 */
@Component
class TaskMilestones {

    private final TaskSupport support;

    TaskMilestones(TaskSupport support) {
        this.support = support;
    }

    Task markDone(Actor actor, long id, long milestoneId, Integer version) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.mayActForLead(actor, before), "only the lead unit marks milestones done");
        TaskStatus.Transition transition = before.status().markMilestone();
        if (transition.refused()) {
            throw new BadInputException(List.of(transition.refusal()));
        }
        Milestone m = before.milestones().stream().filter(x -> x.id() == milestoneId).findFirst()
                .orElseThrow(() -> BadInputException.of("milestone", "supervision.milestone.unknown", milestoneId));
        if (m.doneAt() != null || !support.records.milestoneDone(id, milestoneId, support.clock.instant())) {
            throw new BadInputException(List.of(Problem.at("milestone", "supervision.milestone.done-already",
                    m.title())));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("milestone", milestoneId);
        detail.put("dueDate", m.dueDate());
        Task after = support.change(actor, before, transition, TaskEventKind.MILESTONE_DONE, m.title(), detail,
                "milestone-done").task();
        support.publish(new TaskMilestoneDone(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), milestoneId, m.title(), m.dueDate(),
                support.clock.instant()));
        return after;
    }
}
