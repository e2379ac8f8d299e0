package org.rampart.incident;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the incident use cases share: their collaborators, the clock (a replaying copy carries a historic one), and
 * the small steps every use case takes (find or lock an incident in scope, resolve a place, snapshot for the audit,
 * publish a change).
 */
@Component
class IncidentSupport {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    final IncidentRepository repository;
    final JurisdictionManagement jurisdictions;
    final AuditManagement audit;
    final ApplicationEventPublisher events;
    final JsonMapper json;
    final IncidentSettings settings;
    final UploadLimit uploadLimit;
    final Clock clock;
    final ZoneId zone;
    final IncidentLinks links;
    final IncidentPolicy policy;
    final IncidentValidator validator;

    IncidentSupport(IncidentRepository repository, JurisdictionManagement jurisdictions, AuditManagement audit,
            ApplicationEventPublisher events, JsonMapper json, IncidentSettings settings, UploadLimit uploadLimit,
            Optional<Clock> clock, @Value("${rampart.time-zone:}") String zone, IncidentLinks links,
            IncidentPolicy policy) {
        this.repository = repository;
        this.links = links;
        this.policy = policy;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.events = events;
        // stored JSON of ours: a record that gained or lost a member since must still read
        this.json = json.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.settings = settings;
        this.uploadLimit = uploadLimit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.validator = new IncidentValidator(this.zone);
    }

    /** The same collaborators with the clock set to {@code clock} (for replaying history). */
    IncidentSupport at(Clock clock) {
        return new IncidentSupport(repository, jurisdictions, audit, events, json, settings, uploadLimit,
                Optional.of(clock), zone.getId(), links, policy);
    }

    /** Return the incident; throws not-found when it does not exist or lies outside the actor's scope. */
    Incident get(Actor actor, long id) {
        return repository.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("incident " + id));
    }

    void requireReporter(Actor actor) {
        policy.requireReport(actor);
    }

    /** The incident in the actor's scope, locked for this transaction; not found when outside the scope. */
    Incident lock(Actor actor, long id) {
        return repository.lock(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("incident " + id));
    }

    /** {@link #lock}, refusing a closed incident (conflict). */
    Incident lockOpen(Actor actor, long id) {
        Incident incident = lock(actor, id);
        if (incident.status() == IncidentStatus.CLOSED) {
            throw new ConflictException("Incident " + id + " is closed.");
        }
        return incident;
    }

    Jurisdiction place(Actor actor, String code, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.at("jurisdiction", "value.required"));
            return null;
        }
        Optional<Jurisdiction> j = jurisdictions.find(actor, code.trim());
        if (j.isEmpty() || !j.get().active()) {
            problems.add(Problem.at("jurisdiction", "jurisdiction.unknown", code.trim()));
            return null;
        }
        return j.get();
    }

    /**
     * True when the point lies in the jurisdiction's boundary; when it has none, in the boundary of its nearest
     * ancestor that has one (or anywhere, when none of them has a boundary).
     */
    boolean insidePlace(Jurisdiction place, double lon, double lat) {
        List<JurisdictionRef> hits = jurisdictions.intersecting(GEOMETRY.createPoint(new Coordinate(lon, lat)),
                place.level());
        if (hits.stream().anyMatch(r -> r.id() == place.id())) {
            return true;
        }
        if (place.hasBoundary()) {
            return false;
        }
        List<Jurisdiction> ancestors = jurisdictions.ancestors(Actor.system(), place);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Jurisdiction a = ancestors.get(i);
            if (a.hasBoundary()) {
                return hits.stream().anyMatch(r -> r.id() == a.id());
            }
        }
        return true;
    }

    List<ReportingChain.Place> places(Jurisdiction place) {
        List<ReportingChain.Place> places = new ArrayList<>();
        for (Jurisdiction a : jurisdictions.ancestors(Actor.system(), place)) {
            places.add(new ReportingChain.Place(a.id(), a.code(), a.level(), a.path()));
        }
        places.add(new ReportingChain.Place(place.id(), place.code(), place.level(), place.path()));
        return places;
    }

    String figuresJson(Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deaths", f.deaths());
        m.put("seriousInjuries", f.seriousInjuries());
        m.put("missing", f.missing());
        m.put("affected", f.affected());
        m.put("economicLoss", f.economicLoss().toPlainString());
        return json.writeValueAsString(m);
    }

    /** Publish one fact about an incident (one of the incident events, e.g. {@link IncidentReported}). */
    void publish(Object event) {
        events.publishEvent(event);
    }

    static long lastId(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return Long.parseLong(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    static Map<String, Object> snapshot(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("type", i.type().name());
        m.put("subType", i.subType());
        m.put("title", i.title());
        m.put("description", i.description());
        m.put("jurisdiction", i.jurisdictionCode());
        m.put("longitude", i.longitude());
        m.put("latitude", i.latitude());
        m.put("occurredAt", String.valueOf(i.occurredAt()));
        m.put("reportedAt", String.valueOf(i.reportedAt()));
        m.put("organisation", i.organisation());
        m.put("deaths", i.figures().deaths());
        m.put("seriousInjuries", i.figures().seriousInjuries());
        m.put("missing", i.figures().missing());
        m.put("affected", i.figures().affected());
        m.put("economicLoss", i.figures().economicLoss().toPlainString());
        m.put("status", i.status().name());
        m.put("computedGrade", i.computedGrade().name());
        m.put("gradeOverride", i.gradeOverride() == null ? null : i.gradeOverride().name());
        m.put("overrideReason", i.overrideReason());
        m.put("warningRefs", i.warningRefs());
        m.put("riskRefs", i.riskRefs());
        m.put("finalCause", i.finalCause());
        m.put("finalLessons", i.finalLessons());
        m.put("finalRectification", i.finalRectification());
        return m;
    }
}
