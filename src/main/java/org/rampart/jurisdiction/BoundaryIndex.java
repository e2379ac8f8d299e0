package org.rampart.jurisdiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Find the jurisdictions whose boundaries intersect an area. Parsed boundaries are kept in memory keyed by id and
 * version, so a changed boundary is parsed again and an unchanged one only once.
 */
@Component
class BoundaryIndex {

    private record Parsed(int version, Geometry geometry) {
    }

    private final JurisdictionRepository repository;
    private final JsonMapper json;
    private final Map<Long, Parsed> cache = new ConcurrentHashMap<>();

    BoundaryIndex(JurisdictionRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    List<JurisdictionRef> intersecting(Geometry area, int maxLevel) {
        List<JurisdictionRepository.BoundaryVersion> candidates = repository.boundaryVersions(maxLevel);
        List<Long> stale = new ArrayList<>();
        Map<Long, Integer> versions = new java.util.HashMap<>();
        for (var c : candidates) {
            Parsed p = cache.get(c.id());
            if (p == null || p.version() != c.version()) {
                stale.add(c.id());
                versions.put(c.id(), c.version());
            }
        }
        for (int from = 0; from < stale.size(); from += 500) {
            List<Long> batch = stale.subList(from, Math.min(stale.size(), from + 500));
            repository.boundaries(batch).forEach((id, text) -> cache.put(id, new Parsed(versions.get(id), parse(text))));
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        List<JurisdictionRef> found = new ArrayList<>();
        for (var c : candidates) {
            Parsed p = cache.get(c.id());
            if (p == null || p.geometry() == null) {
                continue;
            }
            if (p.geometry().getEnvelopeInternal().intersects(area.getEnvelopeInternal()) && prepared.intersects(p.geometry())) {
                found.add(new JurisdictionRef(c.id(), c.code(), c.level(), c.path()));
            }
        }
        found.sort(Comparator.comparingInt(JurisdictionRef::level).thenComparing(JurisdictionRef::code));
        return found;
    }

    private Geometry parse(String text) {
        try {
            return Geometries.read(json.readTree(text));
        } catch (RuntimeException e) {
            // a stored boundary that no longer parses cannot match anything; it was validated when it was written
            return null;
        }
    }
}
