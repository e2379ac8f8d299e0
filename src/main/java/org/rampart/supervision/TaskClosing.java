package org.rampart.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.stereotype.Component;

/**
 * The assigning side's decisions on a submitted or open task: verify (done; never while a sub-task is open, never
 * twice), send back with a reason, or cancel with a reason.
 */
@Component
class TaskClosing {

    private final TaskSupport support;

    TaskClosing(TaskSupport support) {
        this.support = support;
    }

    Task verify(Actor actor, long id, Integer version, String note) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.maySupervise(actor, before), "only the assigning side verifies the task");
        List<Problem> problems = new ArrayList<>();
        String text = Checks.text("note", note, TaskResponses.MAX_REASON, false, problems);
        TaskStatus.Transition transition = before.status().verify();
        if (transition.refused()) {
            throw new BadInputException(List.of(transition.refusal()));
        }
        if (before.openSubTasks() > 0) {
            problems.add(Problem.at(null, "supervision.task.open-sub-tasks", before.openSubTasks()));
        }
        if (before.evidenceRequired() != null && support.records.evidenceCount(id) == 0) {
            problems.add(Problem.at(null, "supervision.task.evidence-required", before.evidenceRequired()));
        }
        TaskSupport.refuseIfAny(problems);
        Task after = support.change(actor, before, transition, TaskEventKind.VERIFIED, text, Map.of(), "verify").task();
        support.publish(new TaskVerified(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), support.clock.instant()));
        return after;
    }

    Task sendBack(Actor actor, long id, Integer version, String reason) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.maySupervise(actor, before), "only the assigning side sends the task back");
        List<Problem> problems = new ArrayList<>();
        String why = Checks.text("reason", reason, TaskResponses.MAX_REASON, true, problems);
        TaskStatus.Transition transition = before.status().sendBack();
        if (!transition.refused()) {
            TaskSupport.refuseIfAny(problems);
        }
        Task after = support.change(actor, before, transition, TaskEventKind.SENT_BACK, why, Map.of("reason", why == null
                ? "" : why), "send-back").task();
        support.publish(new TaskSentBack(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), why, support.clock.instant()));
        return after;
    }

    Task cancel(Actor actor, long id, Integer version, String reason) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.maySupervise(actor, before), "only the assigning side closes the task");
        List<Problem> problems = new ArrayList<>();
        String why = Checks.text("reason", reason, TaskResponses.MAX_REASON, true, problems);
        TaskStatus.Transition transition = before.status().cancel();
        if (transition.refused()) {
            throw new BadInputException(List.of(transition.refusal()));
        }
        if (before.openSubTasks() > 0) {
            problems.add(Problem.at(null, "supervision.task.open-sub-tasks", before.openSubTasks()));
        }
        TaskSupport.refuseIfAny(problems);
        Task after = support.change(actor, before, transition, TaskEventKind.CANCELLED, why, Map.of("reason", why),
                "cancel").task();
        support.publish(new TaskCancelled(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), why, support.clock.instant()));
        return after;
    }
}
