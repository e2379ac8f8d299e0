package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.rampart.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision ladder (reminders, urging 催办, supervision notices 督办单, escalation) and the notices the lead
 * units answer. The timer pass runs on its own ({@code rampart.supervision.ladder.poll}); {@link #pass} runs it now
 * (the command line, benchmarks). Notices are visible with their tasks: to the assigning side's scope and to the
 * members of the task's units; anything else answers as not found.
 */
@Service
@Transactional(readOnly = true)
public class LadderManagement {

    private final LadderTimers timers;
    private final LadderRepository ladder;
    private final NoticeAnswering answering;
    private final TaskSupport support;
    private final LadderSettings settings;

    LadderManagement(LadderTimers timers, LadderRepository ladder, NoticeAnswering answering, TaskSupport support,
            LadderSettings settings) {
        this.timers = timers;
        this.ladder = ladder;
        this.answering = answering;
        this.support = support;
        this.settings = settings;
    }

    /**
     * Take every ladder step due on the day of {@code now} in the site's time zone, in batches of their own
     * transactions (never inside the caller's); returns the number of steps taken.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int pass(Instant now) {
        return timers.pass(now);
    }

    /**
     * Run the pass now for an administrator of the whole tree (the API's "run the ladder now", benchmarks); returns
     * the number of steps taken.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int passNow(Actor actor) {
        TaskPolicy.require(support.policy.mayConfigure(actor),
                "the ladder runs for the whole tree: only its administrators run it by hand");
        return timers.pass(support.clock.instant());
    }

    /** The site's time zone, in which deadlines and reply dates are days. */
    public ZoneId zone() {
        return timers.zone();
    }

    /** Today in the site's time zone. */
    public LocalDate today() {
        return support.today();
    }

    /** The working days a lead unit has to answer a notice. */
    public int replyWorkingDays() {
        return settings.replyWorkingDays();
    }

    /** The notice; not found when it does not exist or the actor does not see its task. */
    public SupervisionNotice notice(Actor actor, long id) {
        return answering.find(actor, id);
    }

    /** The notices of a visible task, newest first; not found when the actor does not see the task. */
    public List<SupervisionNotice> noticesOf(Actor actor, long taskId) {
        support.get(actor, taskId);
        return ladder.noticesOf(taskId);
    }

    /**
     * The notices the actor sees, newest first (at most {@code limit}): only unanswered ones when asked, only those
     * addressed to the actor's own unit when {@code ownUnit}. Unanswered means still to answer: the task is open.
     */
    public List<SupervisionNotice> notices(Actor actor, boolean unansweredOnly, boolean ownUnit, int limit) {
        if (ownUnit && actor.unitId() == null) {
            return List.of();
        }
        return ladder.visible(actor.scopePath(), actor.unitId(), unansweredOnly, ownUnit, Math.max(1, Math.min(limit, 500)));
    }

    /** Return true when the actor may answer the notice: a member of its lead unit, while it is unanswered. */
    public boolean mayAnswer(Actor actor, SupervisionNotice notice) {
        return !notice.answered() && notice.leadUnit() != null && actor.unitId() != null
                && actor.unitId() == notice.leadUnit().id()
                && support.policy.mayActForLead(actor, support.get(actor, notice.taskId()));
    }

    /**
     * Answer the notice for its lead unit (members of that unit only); refuses a second answer
     * ({@code supervision.notice.answered}) and an empty one. Recorded on the task's history and audited.
     */
    @Transactional
    public SupervisionNotice answer(Actor actor, long id, String text) {
        return answering.answer(actor, id, text);
    }
}
