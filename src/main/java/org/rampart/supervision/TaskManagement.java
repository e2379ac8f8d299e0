package org.rampart.supervision;

import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assign, read and supervise tasks (督办事项). A task is visible to the actor when its assigning jurisdiction lies in
 * the actor's scope or the actor's unit is one of its units; anything else answers as not found. Who may do what is
 * {@link TaskPolicy}. Every change is written to the task's history, audited with before and after, and published as
 * one event per fact ({@link TaskAssigned}, {@link TaskAccepted}…) in the same transaction.
 * <p>The facade holds the transactions and delegates to package-private use cases: {@link TaskAssignment} (assign,
 * check drafts) and {@link TaskQueries} (reads); {@link TaskSupport} holds what they share.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(TaskSettings.class)
public class TaskManagement {

    private final TaskSupport support;
    private final TaskAssignment assignment;
    private final TaskQueries queries;

    TaskManagement(TaskSupport support, TaskAssignment assignment, TaskQueries queries) {
        this.support = support;
        this.assignment = assignment;
        this.queries = queries;
    }

    /** Who may do what with tasks: for pages deciding what to offer. */
    public TaskPolicy policy() {
        return support.policy;
    }

    // --- assigning ---

    /** Assign one task; refuses a bad draft with every problem found (fields as in {@link TaskDraft}). */
    @Transactional
    public Task assign(Actor actor, TaskDraft draft) {
        return assignment.assign(actor, draft);
    }

    /**
     * Assign many tasks in one transaction, all or nothing: when any draft is refused, none is written and each
     * problem carries its draft's index ({@code atItem}). Returns the tasks in the drafts' order.
     */
    @Transactional
    public List<Task> assignAll(Actor actor, List<TaskDraft> drafts) {
        return assignment.assignAll(actor, drafts, true);
    }

    // --- reading ---

    /** Return the task; not found when it does not exist or the actor does not see it. */
    public Task get(Actor actor, long id) {
        return support.get(actor, id);
    }

    /** The visible tasks made from a source record (a meeting decision, a directive…), oldest first. */
    public List<Task> bySource(Actor actor, TaskSource source, long sourceId) {
        return queries.bySource(actor, source, sourceId);
    }

    /** The visible tasks matching the filter, open ones first, nearest deadline first. */
    public Page<Task> search(Actor actor, TaskFilter filter, PageQuery page) {
        return queries.search(actor, filter == null ? TaskFilter.all() : filter, page);
    }

    /** The task's history, oldest entry first; not found when the actor does not see the task. */
    public List<TaskEvent> history(Actor actor, long id) {
        return queries.history(actor, id);
    }
}
