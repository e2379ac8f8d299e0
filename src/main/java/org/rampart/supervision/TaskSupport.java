package org.rampart.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import java.time.Instant;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the task use cases share: their collaborators, the clock and the site's time zone, and the small steps every
 * use case takes (find or lock a visible task, check its version, write its history, snapshot it for the audit log).
 */
@Component
class TaskSupport {

    final TaskRepository repository;
    final TaskRecordsRepository records;
    final JurisdictionManagement jurisdictions;
    final AuditManagement audit;
    final ApplicationEventPublisher events;
    final TaskPolicy policy;
    final TaskSettings settings;
    final JsonMapper json;
    final Clock clock;
    final ZoneId zone;

    TaskSupport(TaskRepository repository, TaskRecordsRepository records, JurisdictionManagement jurisdictions, AuditManagement audit,
            ApplicationEventPublisher events, TaskPolicy policy, TaskSettings settings, JsonMapper json,
            Optional<Clock> clock, @Value("${rampart.time-zone:}") String zone) {
        this.repository = repository;
        this.records = records;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.events = events;
        this.policy = policy;
        this.settings = settings;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /** Today in the site's time zone (deadlines are dates there). */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The task when the actor sees it; not found otherwise (outside the visibility exactly as nonexistent). */
    Task get(Actor actor, long id) {
        return repository.find(actor.scopePath(), actor.unitId(), id)
                .orElseThrow(() -> new NotFoundException("task " + id));
    }

    /**
     * Lock the visible task for a change and check that the caller saw its current version (a null version skips the
     * check, for callers that read and change in one transaction); a stale one is a conflict (409).
     */
    Task lock(Actor actor, long id, Integer version) {
        Task task = repository.lock(actor.scopePath(), actor.unitId(), id)
                .orElseThrow(() -> new NotFoundException("task " + id));
        if (version != null && version != task.version()) {
            throw new ConflictException("Task " + id + " was changed by someone else (version " + task.version()
                    + ", not " + version + "); reload it and try again.");
        }
        return task;
    }

    /** Write an entry of the task's history; return its id. */
    long history(Actor actor, Task task, TaskEventKind kind, TaskStatus from, TaskStatus to, String text,
            Map<String, Object> detail) {
        Map<String, Object> d = new LinkedHashMap<>();
        detail.forEach((k, v) -> {
            if (v != null) {
                d.put(k, v instanceof LocalDate date ? date.toString() : v);
            }
        });
        return repository.event(task.id(), clock.instant(), kind, actor.userId() == 0 ? null : actor.userId(),
                actor.username(), actor.unitId(), from, to, text, json.writeValueAsString(d));
    }

    /** A change written: the task after it and the id of its history entry. */
    record Changed(Task task, long eventId) {
    }

    /**
     * Write a change the caller has decided on a task it locked: refuse a refused transition (with its problem code),
     * set the next status, bump the version, write the history entry and the audit entry with before and after.
     */
    Changed change(Actor actor, Task before, TaskStatus.Transition transition, TaskEventKind kind, String text,
            Map<String, Object> detail, String action) {
        if (transition.refused()) {
            throw new BadInputException(List.of(transition.refusal()));
        }
        Instant now = clock.instant();
        boolean moved = transition.next() != before.status();
        if (moved) {
            repository.status(before.id(), transition.next(), now);
        }
        if (!repository.bump(before.id(), before.version(), now)) {
            throw new ConflictException("Task " + before.id() + " was changed by someone else; reload it.");
        }
        long eventId = history(actor, before, kind, moved ? before.status() : null, moved ? transition.next() : null,
                text, detail);
        Task after = repository.find("/", null, before.id()).orElseThrow();
        audit.record(action, "supervision_task", Long.toString(before.id()), before.jurisdictionPath(),
                snapshot(before), snapshot(after));
        return new Changed(after, eventId);
    }

    /** Refuse input with the problems found, if any. */
    static void refuseIfAny(List<Problem> problems) {
        BadInputException.throwIfAny(problems);
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    /** The task as the audit log records it (before and after a change). */
    static Map<String, Object> snapshot(Task t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("version", t.version());
        m.put("titleEn", t.titleEn());
        m.put("titleZh", t.titleZh());
        m.put("description", t.description());
        m.put("source", t.source().name());
        m.put("sourceId", t.sourceId());
        m.put("sourceRef", t.sourceRef());
        m.put("jurisdiction", t.jurisdictionCode());
        m.put("assigningUnit", t.assigningUnit() == null ? null : t.assigningUnit().code());
        m.put("leadUnit", t.leadUnit() == null ? null : t.leadUnit().code());
        m.put("assistingUnits", t.assistingCodes());
        m.put("parentId", t.parentId());
        m.put("priority", t.priority().name());
        m.put("evidenceRequired", t.evidenceRequired());
        m.put("status", t.status().name());
        m.put("acceptBy", String.valueOf(t.acceptBy()));
        m.put("deadline", String.valueOf(t.deadline()));
        m.put("originalDeadline", String.valueOf(t.originalDeadline()));
        m.put("progressPercent", t.progressPercent());
        m.put("milestones", t.milestones().stream()
                .map(x -> x.dueDate() + " " + x.title() + (x.doneAt() == null ? "" : " [done " + x.doneAt() + "]"))
                .toList());
        return m;
    }

    static List<String> codes(List<TaskUnit> units) {
        return units.stream().map(TaskUnit::code).toList();
    }
}
