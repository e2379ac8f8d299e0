package org.rampart.supervision.web;

import java.util.Locale;
import java.util.Optional;
import org.rampart.shared.Actor;
import org.rampart.supervision.MyUnitWork;
import org.rampart.supervision.TaskManagement;
import org.springframework.stereotype.Component;

/** The tasks of the reader's unit on the "my unit's work" page: to accept, due soon, overdue. */
@Component
class TaskMyWork implements MyWorkContribution {

    private final TaskManagement tasks;

    TaskMyWork(TaskManagement tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<MyWorkPart> part(Actor actor, Locale locale) {
        MyUnitWork work = tasks.myUnitWork(actor);
        if (work.unit() == null) {
            return Optional.empty();
        }
        return Optional.of(new MyWorkPart("supervision/my-work-tasks", "tasks", work,
                work.toAccept().size() + work.dueSoon().size() + work.overdue().size()));
    }

    @Override
    public int order() {
        return 10;
    }
}
