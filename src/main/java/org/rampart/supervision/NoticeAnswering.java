package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The lead unit answers a supervision notice: a member of the unit writes what was done and when the work will be
 * finished. An answer is given once; one after the reply date is recorded as late. The answer goes to the task's
 * history (NOTICE_ANSWERED), the audit log (before and after) and out as {@link SupervisionNoticeAnswered}.
 */
@Component
class NoticeAnswering {

    static final int MAX_ANSWER = 4000;

    private final LadderRepository ladder;
    private final TaskSupport support;

    NoticeAnswering(LadderRepository ladder, TaskSupport support) {
        this.ladder = ladder;
        this.support = support;
    }

    SupervisionNotice answer(Actor actor, long id, String text) {
        SupervisionNotice before = find(actor, id);
        Task task = support.get(actor, before.taskId());
        TaskPolicy.require(support.policy.mayActForLead(actor, task) && before.leadUnit() != null
                && actor.unitId() != null && actor.unitId() == before.leadUnit().id(),
                "only members of the notice's lead unit answer it");
        ladder.lockNotice(id);
        SupervisionNotice locked = find(actor, id);
        List<Problem> problems = new ArrayList<>();
        if (locked.answered()) {
            problems.add(Problem.at(null, "supervision.notice.answered", locked.number()));
        }
        String answer = Checks.text("answer", text, MAX_ANSWER, true, problems);
        BadInputException.throwIfAny(problems);
        Instant now = support.clock.instant();
        LocalDate today = LocalDate.ofInstant(now, support.zone);
        boolean late = today.isAfter(locked.replyDue());
        ladder.answer(id, answer, actor.username(), now, late);
        SupervisionNotice after = find(actor, id);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("noticeNumber", locked.number());
        detail.put("late", late);
        detail.put("replyDue", locked.replyDue());
        support.history(actor, task, TaskEventKind.NOTICE_ANSWERED, null, null, answer, detail);
        support.audit.record("answer", "supervision_notice", Long.toString(id), task.jurisdictionPath(),
                snapshot(locked), snapshot(after));
        support.publish(new SupervisionNoticeAnswered(id, locked.number(), task.id(), task.titleEn(), task.titleZh(),
                task.leadUnit().code(), task.jurisdictionPath(), actor.username(), late, now));
        return after;
    }

    SupervisionNotice find(Actor actor, long id) {
        return ladder.notice(actor.scopePath(), actor.unitId(), id)
                .orElseThrow(() -> new NotFoundException("supervision notice " + id));
    }

    static Map<String, Object> snapshot(SupervisionNotice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", n.number());
        m.put("taskId", n.taskId());
        m.put("deadline", String.valueOf(n.deadline()));
        m.put("daysOverdue", n.daysOverdue());
        m.put("replyDue", String.valueOf(n.replyDue()));
        m.put("answeredAt", n.answeredAt() == null ? null : n.answeredAt().toString());
        m.put("answeredBy", n.answeredBy());
        m.put("answer", n.answer());
        m.put("answerLate", n.answerLate());
        return m;
    }
}
