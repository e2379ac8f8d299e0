package org.rampart.incident;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Component;

/** Read incidents for the boards: find one, search, export, count for statistics and maps. */
@Component
class IncidentQueries {

    private final IncidentSupport support;
    private final IncidentRepository repository;

    IncidentQueries(IncidentSupport support) {
        this.support = support;
        this.repository = support.repository;
    }

    Optional<Incident> find(Actor actor, long id) {
        return repository.find(actor.scopePath(), id);
    }

    Page<Incident> search(Actor actor, IncidentFilter filter, PageQuery page) {
        return repository.search(scope(actor, filter), filter, page);
    }

    List<Incident> export(Actor actor, IncidentFilter filter, int limit) {
        return repository.all(scope(actor, filter), filter, null, null, limit);
    }

    /** The scope path narrowed to the filter's jurisdiction (which must lie in the actor's scope). */
    private String scope(Actor actor, IncidentFilter filter) {
        if (filter.jurisdiction() == null || filter.jurisdiction().isBlank()) {
            return actor.scopePath();
        }
        return support.jurisdictions.find(actor, filter.jurisdiction().trim()).map(Jurisdiction::path).orElseThrow(
                () -> BadInputException.of("jurisdiction", "jurisdiction.unknown", filter.jurisdiction()));
    }

    IncidentManagement.Statistics statistics(Actor actor, IncidentFilter filter) {
        String scope = scope(actor, filter);
        ZoneId zone = support.zone;
        return new IncidentManagement.Statistics(repository.countBy("i.incident_type", scope, filter, null, null),
                repository.countBy("coalesce(i.grade_override, i.computed_grade)", scope, filter, null, null),
                repository.countBy("i.status", scope, filter, null, null),
                repository.countBy("to_char(i.occurred_at at time zone '" + zone.getId().replace("'", "") + "', 'YYYY-MM')",
                        scope, filter, null, null));
    }

    Map<String, Long> countsByChild(Actor actor, String parentCode, IncidentFilter filter) {
        Jurisdiction parent = support.jurisdictions.get(actor, parentCode);
        Map<String, Long> byPath = repository.countByChild(actor.scopePath(), parent.path(),
                new IncidentFilter(filter.type(), filter.grade(), filter.status(), null, filter.overdue()), null, null);
        Map<String, Long> byCode = new LinkedHashMap<>();
        byPath.forEach((path, n) -> support.jurisdictions.ref(IncidentSupport.lastId(path))
                .ifPresent(r -> byCode.put(r.code(), n)));
        return byCode;
    }

    List<Incident> points(Actor actor, IncidentFilter filter, int limit) {
        return repository.withPoints(scope(actor, filter), filter, limit);
    }
}
