package org.rampart.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.stereotype.Component;

/** Leader instructions (批示) on a task or on one of its progress reports: recorded, audited and published. */
@Component
class TaskInstructions {

    static final int MAX_LEADER = 200;

    private final TaskSupport support;

    TaskInstructions(TaskSupport support) {
        this.support = support;
    }

    Instruction instruct(Actor actor, long id, String leader, String text, Long progressEventId) {
        Task task = support.lock(actor, id, null);
        TaskPolicy.require(support.policy.mayInstruct(actor, task), "only the assigning side's leaders give instructions");
        List<Problem> problems = new ArrayList<>();
        String who = Checks.text("leader", leader, MAX_LEADER, true, problems);
        String what = Checks.text("text", text, TaskResponses.MAX_REASON, true, problems);
        if (progressEventId != null && !support.records.isProgress(id, progressEventId)) {
            problems.add(Problem.at("progressEventId", "supervision.instruction.report-unknown", progressEventId));
        }
        TaskSupport.refuseIfAny(problems);
        Instant now = support.clock.instant();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("leader", who);
        detail.put("progressEventId", progressEventId);
        support.history(actor, task, TaskEventKind.INSTRUCTION, null, null, what, detail);
        long instructionId = support.records.instruct(id, progressEventId, who, what, now, actor.username());
        Instruction given = new Instruction(instructionId, id, progressEventId, who, what, now, actor.username());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("instructionId", instructionId);
        after.put("leader", who);
        after.put("text", what);
        after.put("progressEventId", progressEventId);
        support.audit.record("instruct", "supervision_task", Long.toString(id), task.jurisdictionPath(), null, after);
        support.publish(new LeaderInstructionGiven(id, task.titleEn(), task.titleZh(), task.leadUnit().code(),
                task.jurisdictionPath(), actor.username(), who, what, progressEventId, now));
        return given;
    }
}
