package org.rampart.jurisdiction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.Scope;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for jurisdictions, levels and units. Every read that users see takes a scope path and filters by it. */
@Repository
class JurisdictionRepository {

    private static final String SELECT = """
            select j.id, j.code, p.code as parent_code, j.level, j.name_en, j.name_zh, j.population,
                   j.boundary is not null as has_boundary, j.path, j.active,
                   (select count(*) from jurisdiction c where c.parent_id = j.id and c.active) as child_count
            from jurisdiction j left join jurisdiction p on p.id = j.parent_id
            """;

    private static final RowMapper<Jurisdiction> ROW = JurisdictionRepository::map;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JurisdictionRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static Jurisdiction map(ResultSet rs, int n) throws SQLException {
        Long population = (Long) rs.getObject("population");
        return new Jurisdiction(rs.getLong("id"), rs.getString("code"), rs.getString("parent_code"), rs.getInt("level"),
                rs.getString("name_en"), rs.getString("name_zh"), population, rs.getBoolean("has_boundary"),
                rs.getString("path"), rs.getBoolean("active"), rs.getInt("child_count"));
    }

    Optional<Jurisdiction> findByCode(String scope, String code) {
        return jdbc.sql(SELECT + " where j.code = :code and j.path like :scope")
                .param("code", code).param("scope", scope + "%").query(ROW).optional();
    }

    Optional<Jurisdiction> findById(String scope, long id) {
        return jdbc.sql(SELECT + " where j.id = :id and j.path like :scope")
                .param("id", id).param("scope", scope + "%").query(ROW).optional();
    }

    /** The topmost jurisdictions within the scope: the scope root, or every root for the global scope. */
    List<Jurisdiction> scopeRoots(String scope) {
        if (Scope.of(scope).isWholeTree()) {
            return jdbc.sql(SELECT + " where j.parent_id is null order by j.code").query(ROW).list();
        }
        return jdbc.sql(SELECT + " where j.path = :scope").param("scope", scope).query(ROW).list();
    }

    Page<Jurisdiction> children(String scope, long parentId, boolean includeInactive, PageQuery page) {
        String where = " where j.parent_id = :parent and j.path like :scope" + (includeInactive ? "" : " and j.active");
        long total = jdbc.sql("select count(*) from jurisdiction j" + where)
                .param("parent", parentId).param("scope", scope + "%").query(Long.class).single();
        List<Jurisdiction> items = jdbc.sql(SELECT + where + " order by j.code limit :limit offset :offset")
                .param("parent", parentId).param("scope", scope + "%")
                .param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    Page<Jurisdiction> search(String scope, String q, Integer level, PageQuery page) {
        String where = """
                 where j.path like :scope and j.active
                   and (lower(j.name_en) like :prefix or j.name_zh like :contains or lower(j.code) = :exact)
                """ + (level == null ? "" : " and j.level = :level");
        var params = new java.util.HashMap<String, Object>();
        params.put("scope", scope + "%");
        params.put("prefix", escapeLike(q.toLowerCase()) + "%");
        params.put("contains", "%" + escapeLike(q) + "%");
        params.put("exact", q.toLowerCase());
        if (level != null) {
            params.put("level", level);
        }
        long total = jdbc.sql("select count(*) from jurisdiction j" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Jurisdiction> items = jdbc.sql(SELECT + where + " order by j.level, j.code limit :limit offset :offset")
                .params(params).query(ROW).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The ancestors of a path from the root down, limited to those within the scope. */
    List<Jurisdiction> ancestors(String scope, String path) {
        List<Long> ids = idsOf(path);
        if (ids.size() <= 1) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where j.id in (:ids) and j.path like :scope order by j.level")
                .param("ids", ids.subList(0, ids.size() - 1)).param("scope", scope + "%").query(ROW).list();
    }

    static List<Long> idsOf(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    Map<Integer, Long> countsByLevel(String path) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select level, count(*) as n from jurisdiction where path like :p and path <> :self and active group by level order by level")
                .param("p", path + "%").param("self", path)
                .query(rs -> {
                    counts.put(rs.getInt("level"), rs.getLong("n"));
                });
        return counts;
    }

    Map<Integer, Long> unitsByLevel(String path) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select j.level, count(*) as n from unit u join jurisdiction j on j.id = u.jurisdiction_id
                where j.path like :p and u.active group by j.level order by j.level
                """).param("p", path + "%").query(rs -> {
                    counts.put(rs.getInt("level"), rs.getLong("n"));
                });
        return counts;
    }

    Optional<String> boundary(long id) {
        return jdbc.sql("select boundary from jurisdiction where id = :id and boundary is not null")
                .param("id", id).query(String.class).optional();
    }

    /** Boundaries (GeoJSON geometry text) of the active children of a jurisdiction that have one. */
    List<Boundary> childBoundaries(String scope, long parentId) {
        return jdbc.sql("""
                select code, name_en, name_zh, level, population, boundary from jurisdiction
                where parent_id = :parent and path like :scope and active and boundary is not null order by code
                """).param("parent", parentId).param("scope", scope + "%")
                .query((rs, n) -> new Boundary(rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"),
                        rs.getInt("level"), (Long) rs.getObject("population"), rs.getString("boundary")))
                .list();
    }

    record Boundary(String code, String nameEn, String nameZh, int level, Long population, String geometry) {
    }

    /** A jurisdiction that has a boundary, with the version that changes whenever the boundary may have. */
    record BoundaryVersion(long id, int version, String code, int level, String path) {
    }

    List<BoundaryVersion> boundaryVersions(int maxLevel) {
        return jdbc.sql("""
                select id, version, code, level, path from jurisdiction
                where active and boundary is not null and level <= :maxLevel
                """).param("maxLevel", maxLevel)
                .query((rs, n) -> new BoundaryVersion(rs.getLong("id"), rs.getInt("version"), rs.getString("code"),
                        rs.getInt("level"), rs.getString("path"))).list();
    }

    /** Boundaries (GeoJSON geometry text) by id. */
    Map<Long, String> boundaries(java.util.Collection<Long> ids) {
        Map<Long, String> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, boundary from jurisdiction where id = any(:ids) and boundary is not null")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    found.put(rs.getLong("id"), rs.getString("boundary"));
                });
        return found;
    }

    List<JurisdictionLevel> levels() {
        return jdbc.sql("select level, name_en, name_zh, drawn from jurisdiction_level order by level")
                .query((rs, n) -> new JurisdictionLevel(rs.getInt("level"), rs.getString("name_en"),
                        rs.getString("name_zh"), rs.getBoolean("drawn"))).list();
    }

    void upsertLevel(JurisdictionLevel level) {
        jdbc.sql("""
                insert into jurisdiction_level (level, name_en, name_zh, drawn) values (:level, :en, :zh, :drawn)
                on conflict (level) do update set name_en = excluded.name_en, name_zh = excluded.name_zh, drawn = excluded.drawn
                """).param("level", level.level()).param("en", level.nameEn()).param("zh", level.nameZh())
                .param("drawn", level.drawn()).update();
    }

    /** Codes that already exist among the given ones (any scope: codes are unique everywhere). */
    List<String> existingCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select code from jurisdiction where code in (:codes)").param("codes", codes)
                .query(String.class).list();
    }

    /** Parents for an import: code to id, level and path, for the given codes. */
    Map<String, JurisdictionRef> refsByCode(java.util.Collection<String> codes) {
        Map<String, JurisdictionRef> refs = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return refs;
        }
        for (List<String> chunk : chunks(List.copyOf(codes), 5000)) {
            jdbc.sql("select id, code, level, path from jurisdiction where code in (:codes)").param("codes", chunk)
                    .query(rs -> {
                        refs.put(rs.getString("code"), new JurisdictionRef(rs.getLong("id"), rs.getString("code"),
                                rs.getInt("level"), rs.getString("path")));
                    });
        }
        return refs;
    }

    Map<Long, JurisdictionRef> refsById(java.util.Collection<Long> ids) {
        Map<Long, JurisdictionRef> refs = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        jdbc.sql("select id, code, level, path from jurisdiction where id = any(:ids)")
                .param("ids", ids.toArray(new Long[0]))
                .query(rs -> {
                    refs.put(rs.getLong("id"), new JurisdictionRef(rs.getLong("id"), rs.getString("code"),
                            rs.getInt("level"), rs.getString("path")));
                });
        return refs;
    }

    Optional<JurisdictionRef> refById(long id) {
        return jdbc.sql("select id, code, level, path from jurisdiction where id = :id").param("id", id)
                .query((rs, n) -> new JurisdictionRef(rs.getLong("id"), rs.getString("code"), rs.getInt("level"),
                        rs.getString("path"))).optional();
    }

    Optional<JurisdictionRef> refByCode(String code) {
        return jdbc.sql("select id, code, level, path from jurisdiction where code = :code").param("code", code)
                .query((rs, n) -> new JurisdictionRef(rs.getLong("id"), rs.getString("code"), rs.getInt("level"),
                        rs.getString("path"))).optional();
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }

    /** A row to insert; parentPath is "/" for a root. */
    record NewJurisdiction(String code, String parentPath, Long parentId, int level, String nameEn, String nameZh,
            Long population, String boundary) {
    }

    /**
     * Insert rows whose parents come before them in the list (or already exist); returns the assigned ids and paths by code.
     */
    Map<String, JurisdictionRef> insertAll(List<NewJurisdiction> rows) {
        Map<String, JurisdictionRef> created = new java.util.HashMap<>();
        if (rows.isEmpty()) {
            return created;
        }
        List<Long> ids = jdbc.sql("select nextval('jurisdiction_id_seq') from generate_series(1, :n)")
                .param("n", rows.size()).query(Long.class).list();
        List<Object[]> batch = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            NewJurisdiction row = rows.get(i);
            long id = ids.get(i);
            String parentPath = row.parentPath();
            Long parentId = row.parentId();
            if (parentId == null && !Scope.WHOLE_TREE.path().equals(parentPath)) {
                throw new IllegalStateException("parent of " + row.code() + " unresolved");
            }
            String path = parentPath + id + "/";
            created.put(row.code(), new JurisdictionRef(id, row.code(), row.level(), path));
            batch.add(new Object[] {id, row.code(), parentId, row.level(), row.nameEn(), row.nameZh(), row.population(),
                row.boundary(), path});
        }
        template.batchUpdate("""
                insert into jurisdiction (id, code, parent_id, level, name_en, name_zh, population, boundary, path)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, batch);
        return created;
    }

    int update(long id, String nameEn, String nameZh, Long population, String boundary, boolean setBoundary) {
        return jdbc.sql("""
                update jurisdiction set name_en = :en, name_zh = :zh, population = :pop,
                    boundary = case when :setBoundary then :boundary else boundary end,
                    updated_at = now(), version = version + 1
                where id = :id
                """).param("en", nameEn).param("zh", nameZh).param("pop", population)
                .param("setBoundary", setBoundary).param("boundary", boundary).param("id", id).update();
    }

    /** Move a subtree: rewrite the paths below oldPath to start with newPath, and set the new parent. */
    void move(long id, long newParentId, String oldPath, String newPath, int levelShift) {
        jdbc.sql("update jurisdiction set parent_id = :parent, updated_at = now(), version = version + 1 where id = :id")
                .param("parent", newParentId).param("id", id).update();
        jdbc.sql("""
                update jurisdiction set path = :newPath || substr(path, length(:oldPath) + 1), level = level + :shift
                where path like :oldPrefix
                """).param("newPath", newPath).param("oldPath", oldPath).param("shift", levelShift)
                .param("oldPrefix", oldPath + "%").update();
    }

    int setActive(long id, boolean active) {
        return jdbc.sql("update jurisdiction set active = :active, updated_at = now(), version = version + 1 where id = :id")
                .param("active", active).param("id", id).update();
    }

    int deepestLevelBelow(String path) {
        return jdbc.sql("select coalesce(max(level), 0) from jurisdiction where path like :p")
                .param("p", path + "%").query(Integer.class).single();
    }

    long activeChildCount(long id) {
        return jdbc.sql("select count(*) from jurisdiction where parent_id = :id and active").param("id", id)
                .query(Long.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from jurisdiction").query(Long.class).single();
    }

    /** True when the path belongs to the one and only root of the tree (inactive roots count as roots). */
    boolean isOnlyRoot(String path) {
        return jdbc.sql("select count(*) = 1 and bool_and(path = :path) from jurisdiction where parent_id is null")
                .param("path", path).query(Boolean.class).optional().orElse(false);
    }

    // --- units ---

    private static final RowMapper<Unit> UNIT = (rs, n) -> new Unit(rs.getLong("id"), rs.getString("code"),
            rs.getString("jurisdiction_code"), rs.getString("kind"), rs.getString("name_en"), rs.getString("name_zh"),
            rs.getBoolean("active"));

    private static final String SELECT_UNIT = """
            select u.id, u.code, j.code as jurisdiction_code, u.kind, u.name_en, u.name_zh, u.active
            from unit u join jurisdiction j on j.id = u.jurisdiction_id
            """;

    List<Unit> units(String scope, long jurisdictionId) {
        return jdbc.sql(SELECT_UNIT + " where u.jurisdiction_id = :id and j.path like :scope and u.active order by u.code")
                .param("id", jurisdictionId).param("scope", scope + "%").query(UNIT).list();
    }

    Optional<Unit> unitByCode(String scope, String code) {
        return jdbc.sql(SELECT_UNIT + " where u.code = :code and j.path like :scope")
                .param("code", code).param("scope", scope + "%").query(UNIT).optional();
    }

    /** The unit with this code when its jurisdiction lies in the scope or on the scope's path to the root. */
    Optional<JurisdictionManagement.UnitRef> unitRefVisibleFrom(String scope, String code) {
        return jdbc.sql("""
                select u.id, u.code, j.id as jurisdiction_id, j.path from unit u join jurisdiction j on j.id = u.jurisdiction_id
                where u.code = :code and (j.path like :below or :scope like j.path || '%')
                """).param("code", code).param("below", scope + "%").param("scope", scope)
                .query((rs, n) -> new JurisdictionManagement.UnitRef(rs.getLong("id"), rs.getString("code"),
                        rs.getLong("jurisdiction_id"), rs.getString("path"))).optional();
    }

    Page<Unit> unitsInScope(String scope, PageQuery page) {
        long total = jdbc.sql("select count(*) from unit u join jurisdiction j on j.id = u.jurisdiction_id where j.path like :scope and u.active")
                .param("scope", scope + "%").query(Long.class).single();
        List<Unit> items = jdbc.sql(SELECT_UNIT + " where j.path like :scope and u.active order by j.level, u.code limit :limit offset :offset")
                .param("scope", scope + "%").param("limit", page.size()).param("offset", page.offset()).query(UNIT).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    record NewUnit(String code, long jurisdictionId, String kind, String nameEn, String nameZh) {
    }

    void insertUnits(List<NewUnit> units) {
        template.batchUpdate("insert into unit (code, jurisdiction_id, kind, name_en, name_zh) values (?, ?, ?, ?, ?)",
                units.stream().map(u -> new Object[] {u.code(), u.jurisdictionId(), u.kind(), u.nameEn(), u.nameZh()}).toList());
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Every active jurisdiction of a subtree, parents before children, for export. Rows are fetched in batches
     * (inside the caller's transaction PostgreSQL then uses a cursor), so a large subtree is never held in memory.
     */
    void forEachInSubtree(String path, java.util.function.Consumer<ExportRow> consumer) {
        template.query(connection -> {
            var statement = connection.prepareStatement("""
                    select j.code, p.code as parent_code, j.level, j.name_en, j.name_zh, j.population, j.boundary
                    from jurisdiction j left join jurisdiction p on p.id = j.parent_id
                    where j.path like ? and j.active order by j.level, j.code
                    """);
            statement.setFetchSize(500);
            statement.setString(1, path + "%");
            return statement;
        }, (ResultSet rs) -> {
            consumer.accept(new ExportRow(rs.getString("code"), rs.getString("parent_code"), rs.getInt("level"),
                    rs.getString("name_en"), rs.getString("name_zh"), (Long) rs.getObject("population"),
                    rs.getString("boundary")));
        });
    }

    record ExportRow(String code, String parentCode, int level, String nameEn, String nameZh, Long population,
            String boundary) {
    }

    Optional<Long> unitId(String code) {
        return jdbc.sql("select id from unit where code = :code").param("code", code).query(Long.class).optional();
    }

    void updateUnit(long id, String kind, String nameEn, String nameZh, boolean active) {
        jdbc.sql("""
                update unit set kind = :kind, name_en = :en, name_zh = :zh, active = :active, updated_at = now()
                where id = :id
                """).param("kind", kind).param("en", nameEn).param("zh", nameZh).param("active", active)
                .param("id", id).update();
    }

    Optional<Unit> unitById(long id) {
        return jdbc.sql(SELECT_UNIT + " where u.id = :id").param("id", id).query(UNIT).optional();
    }
}
