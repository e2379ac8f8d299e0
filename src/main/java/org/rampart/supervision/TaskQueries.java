package org.rampart.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement.UnitRef;
import org.rampart.shared.Actor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Read tasks and their history within the reader's visibility. */
@Component
class TaskQueries {

    private final TaskSupport support;

    TaskQueries(TaskSupport support) {
        this.support = support;
    }

    List<Task> bySource(Actor actor, TaskSource source, long sourceId) {
        return support.repository.bySource(actor.scopePath(), actor.unitId(), source, sourceId);
    }

    /**
     * The visible tasks matching the filter. A jurisdiction or unit the reader cannot name (unknown or outside the
     * scope and not the reader's own unit) matches nothing, exactly as one without tasks.
     */
    Page<Task> search(Actor actor, TaskFilter filter, PageQuery page) {
        String leadPath = null;
        if (filter.jurisdiction() != null && !filter.jurisdiction().isBlank()) {
            Optional<Jurisdiction> j = support.jurisdictions.find(actor, filter.jurisdiction().trim());
            if (j.isEmpty()) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            leadPath = j.get().path();
        }
        Long unitId = null;
        if (filter.unit() != null && !filter.unit().isBlank()) {
            Optional<UnitRef> unit = support.jurisdictions.unitRef(filter.unit().trim())
                    .filter(u -> actor.covers(u.jurisdictionPath()) || u.id() == nullToZero(actor.unitId()));
            if (unit.isEmpty()) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            unitId = unit.get().id();
        }
        return support.repository.search(actor.scopePath(), actor.unitId(),
                new TaskRepository.Query(leadPath, unitId, filter, support.today()), page);
    }

    static final int DUE_SOON_DAYS = 7;
    static final int MY_WORK_LIMIT = 100;

    MyUnitWork myUnitWork(Actor actor) {
        if (actor.unitId() == null) {
            return new MyUnitWork(null, List.of(), List.of(), List.of(), DUE_SOON_DAYS);
        }
        TaskUnit unit = support.repository.units(List.of(actor.unitId())).get(actor.unitId());
        java.time.LocalDate today = support.today();
        PageQuery first = PageQuery.of(0, MY_WORK_LIMIT);
        List<Task> toAccept = search(actor, new TaskFilter(null, unit.code(), java.util.Set.of(TaskStatus.ASSIGNED),
                null, null, null, null, null, null), first).items().stream()
                .filter(t -> t.leadUnit().id() == unit.id()).toList();
        List<Task> dueSoon = search(actor, new TaskFilter(null, unit.code(), null, null, null, false,
                today.plusDays(DUE_SOON_DAYS), null, null), first).items();
        List<Task> overdue = search(actor, new TaskFilter(null, unit.code(), null, null, null, true, null, null, null),
                first).items();
        return new MyUnitWork(unit, toAccept, dueSoon, overdue, DUE_SOON_DAYS);
    }

    List<TaskEvent> history(Actor actor, long id) {
        support.get(actor, id);
        return support.repository.history(id).stream().map(this::event).toList();
    }

    private TaskEvent event(TaskRepository.EventRow r) {
        Map<String, Object> detail = r.detail() == null ? Map.of()
                : support.json.readValue(r.detail(), new TypeReference<LinkedHashMap<String, Object>>() { });
        detail.values().removeIf(java.util.Objects::isNull);
        return new TaskEvent(r.id(), r.taskId(), r.at(), TaskEventKind.valueOf(r.kind()), r.actor(), r.unitCode(),
                r.from() == null ? null : TaskStatus.valueOf(r.from()), r.to() == null ? null : TaskStatus.valueOf(r.to()),
                r.text(), detail);
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }
}
