package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement.UnitRef;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Assign tasks: check every draft (titles, lengths, the assigning jurisdiction in the actor's scope, units in its
 * subtree, a deadline not in the past, milestones up to the deadline, a parent task that is open and above), then
 * write the tasks with their units and milestones, their first history entry, the audit entry, and publish
 * {@link TaskAssigned}. A batch is checked as a whole first, so that nothing is written when any draft is refused.
 */
@Component
class TaskAssignment {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_REF = 200;
    static final int MAX_EVIDENCE = 2_000;
    static final int MAX_ASSISTING = 30;
    static final int MAX_MILESTONES = 20;
    static final int MAX_BATCH = 1_000;

    private final TaskSupport support;

    TaskAssignment(TaskSupport support) {
        this.support = support;
    }

    /** A draft that passed its checks, with everything resolved. */
    private record Checked(TaskDraft draft, String titleEn, String titleZh, String description, String sourceRef,
            String evidence, Jurisdiction jurisdiction, UnitRef assigningUnit, UnitRef lead, List<UnitRef> assisting,
            List<MilestoneDraft> milestones, Task parent) {
    }

    Task assign(Actor actor, TaskDraft draft) {
        return assignAll(actor, List.of(draft), false).get(0);
    }

    /** Assign every draft or none; problems carry the draft's index when {@code batch}. */
    List<Task> assignAll(Actor actor, List<TaskDraft> drafts, boolean batch) {
        support.policy.requireAssign(actor);
        return write(actor, drafts, batch);
    }

    /**
     * Assign the sub-tasks of a parent the actor may split (checked by the caller): the lead unit's members assign
     * them for their jurisdiction whatever their role.
     */
    List<Task> split(Actor actor, List<TaskDraft> drafts) {
        return write(actor, drafts, true);
    }

    private List<Task> write(Actor actor, List<TaskDraft> drafts, boolean batch) {
        if (drafts == null || drafts.isEmpty()) {
            throw BadInputException.of(null, "supervision.task.none");
        }
        if (drafts.size() > MAX_BATCH) {
            throw BadInputException.of(null, "supervision.task.too-many", MAX_BATCH);
        }
        List<Problem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            List<Problem> own = new ArrayList<>();
            Checked c = check(actor, drafts.get(i), own);
            final int index = i;
            problems.addAll(batch ? own.stream().map(p -> p.onItem(index)).toList() : own);
            checked.add(c);
        }
        BadInputException.throwIfAny(problems);
        List<Task> created = new ArrayList<>();
        for (Checked c : checked) {
            created.add(write(actor, c));
        }
        return created;
    }

    private Checked check(Actor actor, TaskDraft d, List<Problem> problems) {
        if (d == null) {
            problems.add(Problem.at(null, "value.required"));
            return null;
        }
        String[] titles = Checks.names("titleEn", d.titleEn(), "titleZh", d.titleZh(), MAX_TITLE, problems);
        String description = Checks.text("description", d.description(), MAX_DESCRIPTION, false, problems);
        String sourceRef = Checks.text("sourceRef", d.sourceRef(), MAX_REF, false, problems);
        String evidence = Checks.text("evidenceRequired", d.evidenceRequired(), MAX_EVIDENCE, false, problems);
        TaskSource source = d.source() == null ? TaskSource.NONE : d.source();
        if (source == TaskSource.NONE && d.sourceId() != null) {
            problems.add(Problem.at("sourceId", "supervision.task.source-id-without-source"));
        }
        Jurisdiction j = jurisdiction(actor, d.jurisdiction(), problems);
        UnitRef assigning = null;
        if (d.assigningUnit() != null && !d.assigningUnit().isBlank() && j != null) {
            assigning = unitIn(d.assigningUnit(), j.path(), "assigningUnit", problems)
                    .filter(u -> u.jurisdictionId() == j.id()).orElse(null);
            if (assigning == null && problems.stream().noneMatch(p -> "assigningUnit".equals(p.field()))) {
                problems.add(Problem.at("assigningUnit", "unit.unknown", d.assigningUnit().trim()));
            }
        }
        UnitRef lead = null;
        if (Checks.required("leadUnit", d.leadUnit(), problems) && j != null) {
            lead = unitIn(d.leadUnit(), j.path(), "leadUnit", problems).orElse(null);
        }
        List<UnitRef> assisting = new ArrayList<>();
        if (d.assistingUnits().size() > MAX_ASSISTING) {
            problems.add(Problem.at("assistingUnits", "supervision.task.too-many-units", MAX_ASSISTING));
        } else if (j != null) {
            Set<String> seen = new HashSet<>();
            if (lead != null) {
                seen.add(lead.code());
            }
            for (int i = 0; i < d.assistingUnits().size(); i++) {
                String field = "assistingUnits[" + i + "]";
                String code = d.assistingUnits().get(i);
                if (Checks.blank(code)) {
                    problems.add(Problem.at(field, "value.required"));
                    continue;
                }
                Optional<UnitRef> unit = unitIn(code, j.path(), field, problems);
                if (unit.isPresent() && !seen.add(unit.get().code())) {
                    problems.add(Problem.at(field, "supervision.task.unit-twice", unit.get().code()));
                } else {
                    unit.ifPresent(assisting::add);
                }
            }
        }
        LocalDate today = support.today();
        if (d.deadline() == null) {
            problems.add(Problem.at("deadline", "value.required"));
        } else if (d.deadline().isBefore(today)) {
            problems.add(Problem.at("deadline", "supervision.task.deadline-past", d.deadline(), today));
        }
        Task parent = parent(actor, d, j, problems);
        List<MilestoneDraft> milestones = milestones(d, today, problems);
        return new Checked(d, titles[0], titles[1], description, sourceRef, evidence, j, assigning, lead, assisting,
                milestones, parent);
    }

    private Jurisdiction jurisdiction(Actor actor, String code, List<Problem> problems) {
        if (!Checks.required("jurisdiction", code, problems)) {
            return null;
        }
        Optional<Jurisdiction> j = support.jurisdictions.find(actor, code.trim());
        if (j.isEmpty() || !j.get().active()) {
            problems.add(Problem.at("jurisdiction", "jurisdiction.unknown", code.trim()));
            return null;
        }
        return j.get();
    }

    /** An active unit of the subtree at {@code path}; any other code is unknown (outside the scope exactly so). */
    private Optional<UnitRef> unitIn(String code, String path, String field, List<Problem> problems) {
        String c = code.trim();
        Optional<Unit> unit = support.jurisdictions.findUnit(Actor.system(), c).filter(Unit::active);
        Optional<UnitRef> ref = unit.flatMap(u -> support.jurisdictions.unitRef(c))
                .filter(r -> r.jurisdictionPath().startsWith(path));
        if (ref.isEmpty()) {
            problems.add(Problem.at(field, "unit.unknown", c));
        }
        return ref;
    }

    private Task parent(Actor actor, TaskDraft d, Jurisdiction j, List<Problem> problems) {
        if (d.parentId() == null) {
            return null;
        }
        Task parent;
        try {
            parent = support.get(actor, d.parentId());
        } catch (NotFoundException e) {
            problems.add(Problem.at("parentId", "supervision.task.parent-unknown", d.parentId()));
            return null;
        }
        if (!support.policy.maySplit(actor, parent)) {
            problems.add(Problem.at("parentId", "supervision.task.parent-not-yours", d.parentId()));
        } else if (!parent.open()) {
            problems.add(Problem.at("parentId", "supervision.task.parent-closed", d.parentId(), parent.status()));
        }
        if (j != null && !j.path().startsWith(parent.leadJurisdictionPath())) {
            problems.add(Problem.at("jurisdiction", "supervision.task.outside-parent", j.code()));
        }
        if (d.deadline() != null && d.deadline().isAfter(parent.deadline())) {
            problems.add(Problem.at("deadline", "supervision.task.deadline-after-parent", d.deadline(),
                    parent.deadline()));
        }
        return parent;
    }

    private static List<MilestoneDraft> milestones(TaskDraft d, LocalDate today, List<Problem> problems) {
        if (d.milestones().size() > MAX_MILESTONES) {
            problems.add(Problem.at("milestones", "supervision.task.too-many-milestones", MAX_MILESTONES));
            return List.of();
        }
        List<MilestoneDraft> out = new ArrayList<>();
        for (int i = 0; i < d.milestones().size(); i++) {
            MilestoneDraft m = d.milestones().get(i);
            String field = "milestones[" + i + "]";
            if (m == null) {
                problems.add(Problem.at(field, "value.required"));
                continue;
            }
            String title = Checks.text(field + ".title", m.title(), MAX_TITLE, true, problems);
            if (m.dueDate() == null) {
                problems.add(Problem.at(field + ".dueDate", "value.required"));
            } else if (m.dueDate().isBefore(today)) {
                problems.add(Problem.at(field + ".dueDate", "supervision.task.deadline-past", m.dueDate(), today));
            } else if (d.deadline() != null && m.dueDate().isAfter(d.deadline())) {
                problems.add(Problem.at(field + ".dueDate", "supervision.task.milestone-after-deadline", m.dueDate(),
                        d.deadline()));
            }
            out.add(new MilestoneDraft(title, m.dueDate()));
        }
        return out;
    }

    private Task write(Actor actor, Checked c) {
        Instant now = support.clock.instant();
        Instant deadlineEnd = c.draft().deadline().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(support.zone)
                .toInstant();
        Instant acceptWithin = now.plus(support.settings.acceptWithin());
        Instant acceptBy = acceptWithin.isAfter(deadlineEnd) ? deadlineEnd : acceptWithin;
        TaskSource source = c.draft().source() == null ? TaskSource.NONE : c.draft().source();
        TaskPriority priority = c.draft().priority() == null ? TaskPriority.NORMAL : c.draft().priority();
        long id = support.repository.insert(new TaskRepository.NewTask(c.titleEn(), c.titleZh(), c.description(),
                source, c.draft().sourceId(), c.sourceRef(), c.jurisdiction().id(), c.jurisdiction().path(),
                c.assigningUnit() == null ? null : c.assigningUnit().id(), c.lead().id(),
                c.lead().jurisdictionPath(), c.parent() == null ? null : c.parent().id(), priority, c.evidence(), now,
                acceptBy, c.draft().deadline(), actor.username()));
        support.repository.insertUnit(id, c.lead().id(), "LEAD");
        for (UnitRef u : c.assisting()) {
            support.repository.insertUnit(id, u.id(), "ASSIST");
        }
        for (MilestoneDraft m : c.milestones()) {
            support.repository.insertMilestone(id, m.title(), m.dueDate());
        }
        Task task = support.repository.find("/", null, id).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("toUnit", task.leadUnit().code());
        support.history(actor, task, TaskEventKind.ASSIGNED, null, TaskStatus.ASSIGNED, null, detail);
        if (c.parent() != null) {
            support.history(actor, c.parent(), TaskEventKind.SPLIT, null, null, null,
                    Map.of("toUnit", task.leadUnit().code(), "subTaskId", id));
        }
        support.audit.record("create", "supervision_task", Long.toString(id), task.jurisdictionPath(), null,
                TaskSupport.snapshot(task));
        support.publish(new TaskAssigned(id, task.titleEn(), task.titleZh(), task.leadUnit().code(),
                task.jurisdictionPath(), actor.username(), task.assistingCodes(), task.deadline(), task.priority(),
                task.source(), task.sourceId(), task.parentId(), now));
        return task;
    }
}
