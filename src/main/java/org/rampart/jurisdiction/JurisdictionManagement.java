package org.rampart.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Read and change the jurisdiction tree and its units. Every read is limited to the actor's scope in SQL;
 * records outside it are reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class JurisdictionManagement {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    static final int MAX_NAME = 200;
    /** Codes that would clash with page addresses under /jurisdictions/. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("new", "search", "import", "export", "levels");

    private final JurisdictionRepository repository;
    private final AuditManagement audit;
    private final JsonMapper json;
    private final BoundaryIndex boundaries;
    private final JurisdictionPolicy policy;

    JurisdictionManagement(JurisdictionRepository repository, AuditManagement audit, JsonMapper json,
            BoundaryIndex boundaries, JurisdictionPolicy policy) {
        this.repository = repository;
        this.audit = audit;
        this.json = json;
        this.boundaries = boundaries;
        this.policy = policy;
    }

    /** Who may do what with the tree: for pages deciding what to offer. */
    public JurisdictionPolicy policy() {
        return policy;
    }

    public List<JurisdictionLevel> levels() {
        return repository.levels();
    }

    /** Name of a level in the locale's language, or "Level n" when the level has no configured name. */
    public String levelName(int level, Locale locale) {
        return levels().stream().filter(l -> l.level() == level).findFirst().map(l -> l.name(locale))
                .orElse("L" + level);
    }

    /** The topmost jurisdictions the actor can see. */
    public List<Jurisdiction> roots(Actor actor) {
        return repository.scopeRoots(actor.scopePath());
    }

    public Optional<Jurisdiction> find(Actor actor, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return repository.findByCode(actor.scopePath(), code);
    }

    /** Return the jurisdiction; throws not-found when it does not exist or lies outside the actor's scope. */
    public Jurisdiction get(Actor actor, String code) {
        return find(actor, code).orElseThrow(() -> new NotFoundException("jurisdiction " + code));
    }

    /** Children of a jurisdiction, or the actor's roots when parentCode is null. */
    public Page<Jurisdiction> children(Actor actor, String parentCode, PageQuery page) {
        if (parentCode == null) {
            List<Jurisdiction> roots = roots(actor);
            int from = (int) Math.min(roots.size(), page.offset());
            int to = Math.min(roots.size(), from + page.size());
            return new Page<>(roots.subList(from, to), page.page(), page.size(), roots.size());
        }
        Jurisdiction parent = get(actor, parentCode);
        return repository.children(actor.scopePath(), parent.id(), false, page);
    }

    public Page<Jurisdiction> search(Actor actor, String q, Integer level, PageQuery page) {
        if (q == null || q.isBlank()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        if (q.length() > MAX_NAME) {
            throw BadInputException.of("q", "text.too-long", MAX_NAME);
        }
        return repository.search(actor.scopePath(), q.trim(), level, page);
    }

    /** The chain from the actor's topmost visible ancestor down to (not including) the jurisdiction. */
    public List<Jurisdiction> ancestors(Actor actor, Jurisdiction jurisdiction) {
        return repository.ancestors(actor.scopePath(), jurisdiction.path());
    }

    public KeyFigures figures(Actor actor, String code) {
        Jurisdiction j = get(actor, code);
        Map<Integer, Long> units = repository.unitsByLevel(j.path());
        return new KeyFigures(repository.countsByLevel(j.path()), units,
                units.values().stream().mapToLong(Long::longValue).sum(), j.population());
    }

    /** Figures of the actor's whole scope: jurisdictions and units by level. */
    public KeyFigures scopeFigures(Actor actor) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        Map<Integer, Long> units = new LinkedHashMap<>();
        long population = 0;
        boolean anyPopulation = false;
        for (Jurisdiction root : roots(actor)) {
            counts.merge(root.level(), 1L, Long::sum);
            repository.countsByLevel(root.path()).forEach((k, v) -> counts.merge(k, v, Long::sum));
            repository.unitsByLevel(root.path()).forEach((k, v) -> units.merge(k, v, Long::sum));
            if (root.population() != null) {
                population += root.population();
                anyPopulation = true;
            }
        }
        return new KeyFigures(new java.util.TreeMap<>(counts), new java.util.TreeMap<>(units),
                units.values().stream().mapToLong(Long::longValue).sum(), anyPopulation ? population : null);
    }

    /**
     * A GeoJSON FeatureCollection for the map of a jurisdiction: its own outline (role "self") and its children's
     * boundaries (role "child"), each feature carrying code, names, level and population.
     */
    public String mapGeoJson(Actor actor, String code) {
        Jurisdiction j = get(actor, code);
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        repository.boundary(j.id()).ifPresent(geometry -> features.add(feature(j.code(), j.nameEn(), j.nameZh(), j.level(),
                j.population(), geometry, "self")));
        for (JurisdictionRepository.Boundary child : repository.childBoundaries(actor.scopePath(), j.id())) {
            features.add(feature(child.code(), child.nameEn(), child.nameZh(), child.level(), child.population(),
                    child.geometry(), "child"));
        }
        return json.writeValueAsString(collection);
    }

    private ObjectNode feature(String code, String nameEn, String nameZh, int level, Long population, String geometry,
            String role) {
        ObjectNode feature = json.createObjectNode();
        feature.put("type", "Feature");
        ObjectNode props = feature.putObject("properties");
        props.put("code", code);
        props.put("name", code);
        props.put("name_en", nameEn);
        props.put("name_zh", nameZh);
        props.put("level", level);
        if (population != null) {
            props.put("population", population);
        }
        props.put("role", role);
        feature.set("geometry", json.readTree(geometry));
        return feature;
    }

    public List<Unit> units(Actor actor, String code) {
        Jurisdiction j = get(actor, code);
        return repository.units(actor.scopePath(), j.id());
    }

    public Page<Unit> unitsInScope(Actor actor, PageQuery page) {
        return repository.unitsInScope(actor.scopePath(), page);
    }

    public Optional<Unit> findUnit(Actor actor, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return repository.unitByCode(actor.scopePath(), code);
    }

    /** Look up a jurisdiction by id without a scope: for other modules resolving their own references. */
    public Optional<JurisdictionRef> ref(long id) {
        return repository.refById(id);
    }

    /**
     * Look up many jurisdictions by id without a scope, in one query: for other modules resolving their own
     * references. Ids that name no jurisdiction are absent from the answer; never null.
     */
    public Map<Long, JurisdictionRef> refs(Collection<Long> ids) {
        return repository.refsById(ids);
    }

    /** Look up a jurisdiction by code without a scope: for other modules resolving their own references. */
    public Optional<JurisdictionRef> ref(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return repository.refByCode(code);
    }

    /**
     * Find the active jurisdictions, down to maxLevel, whose boundaries intersect an area (longitude/latitude, WGS 84),
     * without a scope: for other modules placing public information such as CAP messages. Ordered by level, then code;
     * never null.
     */
    public List<JurisdictionRef> intersecting(Geometry area, int maxLevel) {
        if (area == null || area.isEmpty()) {
            return List.of();
        }
        return boundaries.intersecting(area, maxLevel);
    }

    /** Look up a unit by code and the path of its jurisdiction, without a scope. */
    public Optional<UnitRef> unitRef(String code) {
        return findUnit(Actor.system(), code).flatMap(u -> repository.refByCode(u.jurisdictionCode())
                .map(j -> new UnitRef(u.id(), u.code(), j.id(), j.path())));
    }

    /**
     * Look up a unit by code when its jurisdiction lies in the scope or above it (on its path to the root): the units
     * that a record of that scope may name. Empty for any other unit, exactly as for an unknown code.
     */
    public Optional<UnitRef> unitRef(Scope visibleFrom, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return repository.unitRefVisibleFrom(visibleFrom.path(), code);
    }

    /** A unit reference with its jurisdiction's id and path. */
    public record UnitRef(long id, String code, long jurisdictionId, String jurisdictionPath) {
    }

    public long count() {
        return repository.count();
    }

    /** True when the actor's scope is global or the only root of the tree, so nothing lies outside it. */
    public boolean coversWholeTree(Actor actor) {
        return policy.coversWholeTree(actor);
    }

    // --- changes ---

    /** Create a jurisdiction under a parent in the actor's scope (a root needs the global scope). */
    @Transactional
    public Jurisdiction create(Actor actor, JurisdictionDraft draft) {
        policy.requireEdit(actor);
        List<Problem> problems = new ArrayList<>();
        validateCode(draft.code(), problems);
        validateNames(draft.nameEn(), draft.nameZh(), problems);
        validatePopulation(draft.population(), problems);
        String boundary = normaliseBoundary(draft.boundary(), problems);
        Jurisdiction parent = null;
        int level = 1;
        if (draft.parentCode() != null && !draft.parentCode().isBlank()) {
            parent = find(actor, draft.parentCode()).orElse(null);
            if (parent == null) {
                problems.add(Problem.at("parentCode", "jurisdiction.parent.unknown", draft.parentCode()));
            } else {
                level = parent.level() + 1;
            }
        } else if (!actor.scope().isWholeTree()) {
            problems.add(Problem.at("parentCode", "jurisdiction.root.scope"));
        }
        if (draft.level() != null && parent != null && draft.level() != level) {
            problems.add(Problem.at("level", "jurisdiction.level.below", level, parent.level()));
        } else if (draft.level() != null && parent == null && draft.level() != 1) {
            problems.add(Problem.at("level", "jurisdiction.level.root"));
        }
        if (problems.isEmpty() && !repository.existingCodes(List.of(draft.code())).isEmpty()) {
            problems.add(Problem.at("code", "jurisdiction.code.duplicate", draft.code()));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The jurisdiction is not valid", problems);
        }
        var row = new JurisdictionRepository.NewJurisdiction(draft.code(),
                parent == null ? Scope.WHOLE_TREE.path() : parent.path(),
                parent == null ? null : parent.id(), level, name(draft.nameEn()), name(draft.nameZh()),
                draft.population(), boundary);
        JurisdictionRef ref = repository.insertAll(List.of(row)).get(draft.code());
        Jurisdiction created = repository.findById(Scope.WHOLE_TREE.path(), ref.id()).orElseThrow();
        audit.record("create", "jurisdiction", created.code(), created.path(), null, snapshot(created));
        return created;
    }

    /** Change names, population and (when boundary is not null or clearBoundary) the boundary. */
    @Transactional
    public Jurisdiction update(Actor actor, String code, JurisdictionDraft changes, boolean clearBoundary) {
        policy.requireEdit(actor);
        Jurisdiction before = get(actor, code);
        List<Problem> problems = new ArrayList<>();
        validateNames(changes.nameEn(), changes.nameZh(), problems);
        validatePopulation(changes.population(), problems);
        String boundary = normaliseBoundary(changes.boundary(), problems);
        if (changes.code() != null && !changes.code().equals(code)) {
            problems.add(Problem.at("code", "jurisdiction.code.immutable"));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The jurisdiction is not valid", problems);
        }
        repository.update(before.id(), name(changes.nameEn()), name(changes.nameZh()), changes.population(), boundary,
                boundary != null || clearBoundary);
        Jurisdiction after = repository.findById(Scope.WHOLE_TREE.path(), before.id()).orElseThrow();
        audit.record("update", "jurisdiction", code, after.path(), snapshot(before), snapshot(after));
        return after;
    }

    /** Move a jurisdiction (with its subtree) under another parent; both must be in the actor's scope. */
    @Transactional
    public Jurisdiction move(Actor actor, String code, String newParentCode) {
        policy.requireEdit(actor);
        Jurisdiction j = get(actor, code);
        policy.requireMove(actor, j);
        Jurisdiction parent = find(actor, newParentCode).orElseThrow(
                () -> BadInputException.of("parentCode", "jurisdiction.parent.unknown", newParentCode));
        if (parent.path().startsWith(j.path())) {
            throw BadInputException.of("parentCode", "jurisdiction.move.cycle", newParentCode, code);
        }
        String newPath = parent.path() + j.id() + "/";
        int shift = parent.level() + 1 - j.level();
        if (repository.deepestLevelBelow(j.path()) + shift > 20) {
            throw BadInputException.of("parentCode", "jurisdiction.tree.too-deep");
        }
        repository.move(j.id(), parent.id(), j.path(), newPath, shift);
        Jurisdiction after = repository.findById(Scope.WHOLE_TREE.path(), j.id()).orElseThrow();
        audit.record("move", "jurisdiction", code, after.path(), snapshot(j), snapshot(after));
        return after;
    }

    /** Deactivate a jurisdiction that has no active children. */
    @Transactional
    public Jurisdiction deactivate(Actor actor, String code) {
        policy.requireEdit(actor);
        Jurisdiction j = get(actor, code);
        policy.requireDeactivate(actor, j);
        if (repository.activeChildCount(j.id()) > 0) {
            throw new ConflictException("'" + code + "' still has active children: deactivate or move them first");
        }
        repository.setActive(j.id(), false);
        Jurisdiction after = repository.findById(Scope.WHOLE_TREE.path(), j.id()).orElseThrow();
        audit.record("deactivate", "jurisdiction", code, after.path(), snapshot(j), snapshot(after));
        return after;
    }

    /** The most rows one import may hold. */
    public static final int MAX_IMPORT_ROWS = 100_000;

    /**
     * Validate and import rows. Unless {@code skipBad}, nothing is written when any row is bad. One audit entry
     * records the import with its counts.
     */
    @Transactional
    public ImportReport importRows(Actor actor, List<ImportRow> rows, boolean skipBad, String source) {
        policy.requireEdit(actor);
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw BadInputException.of("file", "jurisdiction.import.too-many", rows.size(), MAX_IMPORT_ROWS);
        }
        return importParsed(actor, new ParsedFile(rows, List.of(), java.util.Set.of(), rows.size(), false), skipBad, source);
    }

    /**
     * Read a CSV or GeoJSON file and import its rows. Problems name the CSV line (the header is line 1) or the
     * GeoJSON feature number; unless {@code skipBad}, nothing is written when any row is bad, and a file that cannot
     * be read as a whole (header, encoding, syntax, more than {@link #MAX_IMPORT_ROWS} rows) is never imported.
     * The caller limits the size of the stream; fileName (may be null) goes into the audit entry.
     */
    @Transactional
    public ImportReport importFile(Actor actor, InputStream in, JurisdictionFormat format, boolean skipBad, String fileName) {
        policy.requireEdit(actor);
        ParsedFile parsed = format == JurisdictionFormat.CSV ? JurisdictionCsv.read(in, MAX_IMPORT_ROWS)
                : JurisdictionGeoJson.read(in, MAX_IMPORT_ROWS, json);
        if (parsed.fatal()) {
            return new ImportReport(parsed.read(), 0, parsed.problems(), skipBad);
        }
        String source = format.extension() + (fileName == null || fileName.isBlank() ? "" : ":" + fileName);
        return importParsed(actor, parsed, skipBad, source);
    }

    private ImportReport importParsed(Actor actor, ParsedFile parsed, boolean skipBad, String source) {
        List<ImportRow> rows = parsed.rows();
        java.util.Set<String> codes = new java.util.HashSet<>();
        java.util.Set<String> parents = new java.util.HashSet<>();
        for (ImportRow r : rows) {
            if (r.code() != null && CODE.matcher(r.code()).matches()) {
                codes.add(r.code());
            }
            if (r.parentCode() != null && CODE.matcher(r.parentCode()).matches()) {
                parents.add(r.parentCode());
            }
        }
        java.util.Set<String> taken = new java.util.HashSet<>(repository.refsByCode(codes).keySet());
        Map<String, JurisdictionRef> existingParents = repository.refsByCode(parents);
        JurisdictionImporter.Result result = JurisdictionImporter.validate(actor, rows, parsed.badLines(), existingParents,
                taken, json);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(result.problems());
        problems.sort(java.util.Comparator.comparing((Problem p) -> p.line() == null ? 0 : p.line()));
        if (!problems.isEmpty() && !skipBad) {
            return new ImportReport(parsed.read(), 0, problems, false);
        }
        Map<String, JurisdictionRef> known = new java.util.HashMap<>(existingParents);
        List<JurisdictionRepository.NewJurisdiction> batch = new ArrayList<>();
        for (JurisdictionImporter.Valid v : result.ordered()) {
            ImportRow r = v.row();
            JurisdictionRef parent = r.parentCode() == null || r.parentCode().isBlank() ? null : known.get(r.parentCode());
            if (parent == null && r.parentCode() != null && !r.parentCode().isBlank()) {
                known.putAll(repository.insertAll(batch));
                batch.clear();
                parent = known.get(r.parentCode());
            }
            batch.add(new JurisdictionRepository.NewJurisdiction(r.code(),
                    parent == null ? Scope.WHOLE_TREE.path() : parent.path(),
                    parent == null ? null : parent.id(), v.level(), name(r.nameEn()), name(r.nameZh()), r.population(),
                    v.boundary()));
            if (batch.size() >= 5000) {
                known.putAll(repository.insertAll(batch));
                batch.clear();
            }
        }
        known.putAll(repository.insertAll(batch));
        int imported = result.ordered().size();
        String scope = actor.scope().isWholeTree() ? null : actor.scopePath();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", source);
        summary.put("read", parsed.read());
        summary.put("imported", imported);
        summary.put("refused", parsed.read() - imported);
        audit.record("import", "jurisdiction", null, scope, null, summary);
        return new ImportReport(parsed.read(), imported, problems, skipBad);
    }

    /**
     * Write the active jurisdictions of the actor's scope, or of the subtree below rootCode (may be null), as CSV
     * without boundaries, parents before children. Throws not-found before writing anything when the root does not
     * exist or lies outside the scope.
     */
    public void exportCsv(Actor actor, String rootCode, Writer out) {
        String path = exportPath(actor, rootCode);
        try {
            JurisdictionCsv.writeHeader(out);
            repository.forEachInSubtree(path, row -> {
                try {
                    JurisdictionCsv.write(out, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Write the active jurisdictions of the actor's scope, or of the subtree below rootCode (may be null), as a
     * GeoJSON FeatureCollection with their boundaries. Throws not-found before writing anything when the root does
     * not exist or lies outside the scope.
     */
    public void exportGeoJson(Actor actor, String rootCode, OutputStream out) {
        String path = exportPath(actor, rootCode);
        try (JurisdictionGeoJson.Writer writer = new JurisdictionGeoJson.Writer(out, json)) {
            repository.forEachInSubtree(path, writer::write);
        }
    }

    private String exportPath(Actor actor, String rootCode) {
        return rootCode == null || rootCode.isBlank() ? actor.scopePath() : get(actor, rootCode.trim()).path();
    }

    /** Create member units in bulk (demo data, imports); every unit's jurisdiction must be in the actor's scope. */
    @Transactional
    public int importUnits(Actor actor, List<UnitDraft> units) {
        policy.requireEdit(actor);
        java.util.Set<String> codes = new java.util.HashSet<>();
        units.forEach(u -> codes.add(u.jurisdictionCode()));
        Map<String, JurisdictionRef> refs = repository.refsByCode(codes);
        List<JurisdictionRepository.NewUnit> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitDraft u = units.get(i);
            JurisdictionRef ref = refs.get(u.jurisdictionCode());
            if (ref == null || !actor.covers(ref.path())) {
                problems.add(Problem.atItem(i, "jurisdictionCode", "jurisdiction.unknown", u.jurisdictionCode()));
                continue;
            }
            List<Problem> p = new ArrayList<>();
            validateCode(u.code(), p);
            validateNames(u.nameEn(), u.nameZh(), p);
            int index = i;
            p.forEach(x -> problems.add(x.onItem(index)));
            rows.add(new JurisdictionRepository.NewUnit(u.code(), ref.id(), u.kind(), u.nameEn(), u.nameZh()));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The units are not valid", problems);
        }
        repository.insertUnits(rows);
        audit.record("import", "unit", null, actor.scope().isWholeTree() ? null : actor.scopePath(), null,
                Map.of("imported", rows.size()));
        return rows.size();
    }

    static Map<String, Object> snapshot(Jurisdiction j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", j.code());
        m.put("parentCode", j.parentCode());
        m.put("level", j.level());
        m.put("nameEn", j.nameEn());
        m.put("nameZh", j.nameZh());
        m.put("population", j.population());
        m.put("hasBoundary", j.hasBoundary());
        m.put("active", j.active());
        return m;
    }

    static void validateCode(String code, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.at("code", "value.required"));
        } else if (code.length() > 64) {
            problems.add(Problem.at("code", "text.too-long", 64));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.at("code", "jurisdiction.code.format"));
        } else if (RESERVED.contains(code.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.at("code", "jurisdiction.code.reserved", code));
        }
    }

    /** A jurisdiction or unit needs a name in at least one of the two languages (see {@link Checks#names}). */
    static void validateNames(String nameEn, String nameZh, List<Problem> problems) {
        Checks.names("nameEn", nameEn, "nameZh", nameZh, MAX_NAME, problems);
    }

    /** A name as stored: trimmed, null when blank. */
    static String name(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static void validatePopulation(Long population, List<Problem> problems) {
        if (population != null && population < 0) {
            problems.add(Problem.at("population", "jurisdiction.population.negative"));
        }
    }

    private String normaliseBoundary(String boundary, List<Problem> problems) {
        if (boundary == null || boundary.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(boundary);
            return Geometries.write(Geometries.read(node), json);
        } catch (JacksonException e) {
            problems.add(Problem.at("boundary", "jurisdiction.json.invalid"));
        } catch (Geometries.InvalidGeometryException e) {
            problems.add(e.problem("boundary"));
        }
        return null;
    }

    /** Validate a GeoJSON geometry node and return it as compact text; throws with the reason when invalid. */
    String boundaryOf(JsonNode geometry) {
        Geometry g = Geometries.read(geometry);
        return Geometries.write(g, json);
    }
}
