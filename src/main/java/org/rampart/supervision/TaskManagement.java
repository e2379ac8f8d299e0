package org.rampart.supervision;

import java.time.LocalDate;
import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assign, read and supervise tasks (督办事项). A task is visible to the actor when its assigning jurisdiction lies in
 * the actor's scope or the actor's unit is one of its units; anything else answers as not found. Who may do what is
 * {@link TaskPolicy}. Every change is written to the task's history, audited with before and after, and published as
 * one event per fact ({@link TaskAssigned}, {@link TaskAccepted}…) in the same transaction. A change names the
 * {@code version} of the task its caller saw; a stale one is refused as a conflict (null skips the check).
 * <p>The facade holds the transactions and delegates to package-private use cases: {@link TaskAssignment} (assign),
 * {@link TaskResponses} (accept, object, reassign, insist), {@link TaskWork} (progress, extensions, submission),
 * {@link TaskMilestones} (a milestone done),
 * {@link TaskClosing} (verify, send back, cancel), {@link TaskCascade} (split, tree), {@link TaskInstructions},
 * {@link ObjectionTypes} and {@link TaskQueries} (reads); {@link TaskSupport} holds what they share.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(TaskSettings.class)
public class TaskManagement {

    private final TaskSupport support;
    private final TaskAssignment assignment;
    private final TaskQueries queries;
    private final TaskResponses responses;
    private final TaskWork work;
    private final TaskClosing closing;
    private final TaskCascade cascade;
    private final TaskInstructions instructions;
    private final ObjectionTypes objectionTypes;
    private final TaskEditing editing;
    private final TaskMilestones milestones;

    TaskManagement(TaskSupport support, TaskAssignment assignment, TaskQueries queries, TaskResponses responses,
            TaskWork work, TaskClosing closing, TaskCascade cascade, TaskInstructions instructions,
            ObjectionTypes objectionTypes, TaskEditing editing, TaskMilestones milestones) {
        this.editing = editing;
        this.milestones = milestones;
        this.support = support;
        this.assignment = assignment;
        this.queries = queries;
        this.responses = responses;
        this.work = work;
        this.closing = closing;
        this.cascade = cascade;
        this.instructions = instructions;
        this.objectionTypes = objectionTypes;
    }

    /** Who may do what with tasks: for pages deciding what to offer. */
    public TaskPolicy policy() {
        return support.policy;
    }

    /** Today in the site's time zone, the day deadlines are compared with. */
    public LocalDate today() {
        return support.today();
    }

    /** The site's time zone, in which times are shown and deadlines fall. */
    public java.time.ZoneId zone() {
        return support.zone;
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

    /**
     * Split a task into sub-tasks for units below its lead unit, assigned by the lead unit's jurisdiction, all or
     * nothing (problems per item). The lead unit's members or the supervisors of its jurisdiction split.
     */
    @Transactional
    public List<Task> split(Actor actor, long id, Integer version, List<SubTaskDraft> items) {
        return cascade.split(actor, id, version, items);
    }

    // --- the lead unit's answer and the assigning side's decision on an objection ---

    @Transactional
    public Task accept(Actor actor, long id, Integer version) {
        return responses.accept(actor, id, version);
    }

    /** Object with one of the active objection types and a reason. */
    @Transactional
    public Task object(Actor actor, long id, Integer version, String objectionType, String reason) {
        return responses.object(actor, id, version, objectionType, reason);
    }

    /** Give an objected task to another lead unit in the assigning jurisdiction's subtree. */
    @Transactional
    public Task reassign(Actor actor, long id, Integer version, String leadUnit, String reason) {
        return responses.reassign(actor, id, version, leadUnit, reason);
    }

    /** Keep the lead unit of an objected task, with a reason: the task counts as accepted. */
    @Transactional
    public Task insist(Actor actor, long id, Integer version, String reason) {
        return responses.insist(actor, id, version, reason);
    }

    // --- the units' work ---

    /** Report progress (a text, optionally a percentage 0–100 and attachments); returns the history entry. */
    @Transactional
    public TaskEvent reportProgress(Actor actor, long id, Integer version, Integer percent, String text,
            List<TaskUpload> attachments) {
        return work.reportProgress(actor, id, version, percent, text, attachments);
    }

    /** Mark a milestone of the task done (members of the lead unit, while the task is worked on). */
    @Transactional
    public Task markMilestoneDone(Actor actor, long id, long milestoneId, Integer version) {
        return milestones.markDone(actor, id, milestoneId, version);
    }

    /** Ask for a later deadline, with a reason (one open request at a time). */
    @Transactional
    public Task requestExtension(Actor actor, long id, Integer version, LocalDate newDeadline, String reason) {
        return work.requestExtension(actor, id, version, newDeadline, reason);
    }

    /** Approve (the deadline moves) or refuse (a reason is required) the open extension request. */
    @Transactional
    public Task decideExtension(Actor actor, long id, Integer version, boolean approve, String reason) {
        return work.decideExtension(actor, id, version, approve, reason);
    }

    /** Submit the result with a summary; refused without evidence when the task requires it. */
    @Transactional
    public Task submit(Actor actor, long id, Integer version, String text, List<TaskUpload> evidence) {
        return work.submit(actor, id, version, text, evidence);
    }

    // --- the assigning side's decisions ---

    /** Verify a submitted task: done. Refused while a sub-task is open, and the second time. */
    @Transactional
    public Task verify(Actor actor, long id, Integer version, String note) {
        return closing.verify(actor, id, version, note);
    }

    @Transactional
    public Task sendBack(Actor actor, long id, Integer version, String reason) {
        return closing.sendBack(actor, id, version, reason);
    }

    @Transactional
    public Task cancel(Actor actor, long id, Integer version, String reason) {
        return closing.cancel(actor, id, version, reason);
    }

    /**
     * Change the words of an open task (titles, description, priority, evidence required): the assigning side only;
     * a stale version is a conflict, a closed task does not change. Unchanged words write nothing.
     */
    @Transactional
    public Task edit(Actor actor, long id, Integer version, TaskEdit edit) {
        return editing.edit(actor, id, version, edit);
    }

    /** Record a leader's instruction (批示) on the task, or on one of its progress reports. */
    @Transactional
    public Instruction instruct(Actor actor, long id, String leader, String text, Long progressEventId) {
        return instructions.instruct(actor, id, leader, text, progressEventId);
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

    /** The task and its visible sub-tasks at every depth. */
    public TaskTree tree(Actor actor, long id) {
        return cascade.tree(actor, id);
    }

    /** The work of the actor's unit: to accept, due soon, overdue. */
    public MyUnitWork myUnitWork(Actor actor) {
        return queries.myUnitWork(actor);
    }

    public List<Objection> objections(Actor actor, long id) {
        support.get(actor, id);
        return support.records.objections(id);
    }

    public List<Extension> extensions(Actor actor, long id) {
        support.get(actor, id);
        return support.records.extensions(id);
    }

    /** The task's leader instructions, newest first. */
    public List<Instruction> instructions(Actor actor, long id) {
        support.get(actor, id);
        return support.records.instructions(id);
    }

    public List<TaskAttachment> attachments(Actor actor, long id) {
        support.get(actor, id);
        return support.records.attachments(id);
    }

    /** The attachment of a visible task; not found otherwise. */
    public TaskAttachment attachment(Actor actor, long id, long attachmentId) {
        support.get(actor, id);
        return support.records.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    /** The bytes of an attachment of a visible task. */
    public byte[] attachmentContent(Actor actor, long id, long attachmentId) {
        return support.records.content(attachment(actor, id, attachmentId).id());
    }

    // --- objection types ---

    /** The objection types, in order; only the active ones when {@code activeOnly}. */
    public List<ObjectionType> objectionTypes(boolean activeOnly) {
        return objectionTypes.list(activeOnly);
    }

    /** Add or change an objection type (an administrator of the whole tree). */
    @Transactional
    public ObjectionType saveObjectionType(Actor actor, ObjectionType type) {
        return objectionTypes.save(actor, type);
    }

    /** The settings readers see: how long units have to accept, the attachment limits. */
    public Limits limits() {
        return new Limits(support.settings.acceptWithin(), support.settings.maxAttachmentBytes(),
                support.settings.maxAttachments());
    }

    /** The task settings as readers see them. */
    public record Limits(java.time.Duration acceptWithin, long maxAttachmentBytes, int maxAttachments) {
    }
}
