package org.rampart.supervision.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rampart.shared.Actor;
import org.rampart.supervision.LadderManagement;
import org.rampart.supervision.SupervisionNotice;
import org.springframework.stereotype.Component;

/** The supervision notices the reader's unit still has to answer, on the "my unit's work" page. */
@Component
class NoticeMyWork implements MyWorkContribution {

    private final LadderManagement ladder;

    NoticeMyWork(LadderManagement ladder) {
        this.ladder = ladder;
    }

    /** The unit's unanswered notices and today (for the reply-overdue badge). */
    record Notices(List<SupervisionNotice> notices, java.time.LocalDate today) {
    }

    @Override
    public Optional<MyWorkPart> part(Actor actor, Locale locale) {
        if (actor.unitId() == null) {
            return Optional.empty();
        }
        List<SupervisionNotice> open = ladder.notices(actor, true, true, 100);
        return Optional.of(new MyWorkPart("supervision/my-work-notices", "notices",
                new Notices(open, ladder.today()), open.size()));
    }

    @Override
    public int order() {
        return 5;
    }
}
