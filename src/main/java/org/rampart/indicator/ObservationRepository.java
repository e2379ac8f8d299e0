package org.rampart.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Observations: bulk storage (COPY, or one upsert when a batch touches stored keys), and the reads behind series, maps, grids and
 * completeness. Every read takes the caller's scope path and filters by it in SQL.
 *
 * <p>Read model (STYLE.md rule 21, see {@code package-info.java}): reads the jurisdiction module's {@code jurisdiction}
 * directly and never writes it: the active places of a batch by code with their paths and populations, and the path,
 * parent and population of the places whose values the history, roll-up and children's values join to, so that
 * scope and subtree filter in the same statement.
 */
@Repository
class ObservationRepository {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ObservationRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A jurisdiction in scope, with what ingestion and roll-up need. */
    record Place(long id, String code, String path, Long population) {
    }

    /** Active jurisdictions in scope by code; codes outside the scope are simply absent. */
    Map<String, Place> placesInScope(String scope, Collection<String> codes) {
        Map<String, Place> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select id, code, path, population from jurisdiction
                 where code = any(:codes) and active and path like :scope || '%'""")
                .param("codes", codes.toArray(new String[0])).param("scope", scope)
                .query((rs, n) -> new Place(rs.getLong("id"), rs.getString("code"), rs.getString("path"),
                        (Long) rs.getObject("population")))
                .list().forEach(p -> found.put(p.code(), p));
        return found;
    }

    /** One valid observation to store. */
    record Row(long indicatorId, long jurisdictionId, Instant periodStart, double value) {
    }

    /**
     * Store a batch; returns only the rows that changed (new values, and corrected ones), in key order. {@code codes}
     * and {@code paths} name the indicator and jurisdiction ids of the rows (ingestion has just looked them up), for
     * the returned records.
     *
     * <p>Most batches bring new periods only, so the rows are first copied straight into the table with {@code COPY}
     * (the fastest way PostgreSQL has to add rows), under a savepoint, with ids taken from the sequence beforehand.
     * When any key is already stored, the copy fails on the unique index, is rolled back to the savepoint, and the
     * batch goes through one upsert instead, which leaves equal values alone and updates changed ones. Either way a
     * superseded value moves into the history by a trigger, and the references to indicator and jurisdiction are
     * checked once per statement (V17).
     */
    List<ObservationsRecorded.Recorded> store(List<Row> rows, String source, Instant receivedAt, Map<Long, String> codes,
            Map<Long, String> paths) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // key order: concurrent batches meet index entries in the same order, and index pages are visited in turn
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(KEY_ORDER);
        List<ObservationsRecorded.Recorded> copied = copyNew(sorted, source, receivedAt, codes, paths);
        return copied != null ? copied : upsert(sorted, source, receivedAt, codes, paths);
    }

    /** Copy rows none of whose keys is stored yet; null (and nothing written) when one of them is. */
    private List<ObservationsRecorded.Recorded> copyNew(List<Row> sorted, String source, Instant receivedAt,
            Map<Long, String> codes, Map<Long, String> paths) {
        int n = sorted.size();
        List<Long> ids = jdbc.sql("select nextval('observation_id_seq') from generate_series(1, :n)").param("n", n)
                .query(Long.class).list();
        String tail = '\t' + copyText(source) + '\t' + receivedAt + '\n';
        StringBuilder data = new StringBuilder(n * 64);
        List<ObservationsRecorded.Recorded> recorded = new ArrayList<>(n);
        // a batch holds few distinct periods; formatting an instant costs more than looking it up
        Map<Instant, String> periodTexts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Row r = sorted.get(i);
            long id = ids.get(i);
            data.append(id).append('\t').append(r.indicatorId()).append('\t').append(r.jurisdictionId()).append('\t')
                    .append(periodTexts.computeIfAbsent(r.periodStart(), Instant::toString)).append('\t')
                    .append(r.value()).append(tail);
            recorded.add(new ObservationsRecorded.Recorded(id, r.indicatorId(), codes.get(r.indicatorId()),
                    r.jurisdictionId(), paths.get(r.jurisdictionId()), r.periodStart(), r.value(), receivedAt));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy observation (id, indicator_id, jurisdiction_id, period_start, value, source, received_at)
                        from stdin""", new StringReader(data.toString()));
                connection.releaseSavepoint(savepoint);
                return recorded;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                return null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing observations failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static final String UNIQUE_VIOLATION = "23505";

    /** A value in COPY's text format: backslash, tab and line ends escaped. */
    private static String copyText(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Insert new values and update changed ones in one statement, the rows handed over as four arrays. */
    private List<ObservationsRecorded.Recorded> upsert(List<Row> sorted, String source, Instant receivedAt,
            Map<Long, String> codes, Map<Long, String> paths) {
        int n = sorted.size();
        Long[] indicatorIds = new Long[n];
        Long[] jurisdictionIds = new Long[n];
        String[] periods = new String[n];
        Double[] values = new Double[n];
        for (int i = 0; i < n; i++) {
            Row r = sorted.get(i);
            indicatorIds[i] = r.indicatorId();
            jurisdictionIds[i] = r.jurisdictionId();
            periods[i] = r.periodStart().toString();
            values[i] = r.value();
        }
        List<ObservationsRecorded.Recorded> changed = jdbc.sql("""
                insert into observation (indicator_id, jurisdiction_id, period_start, value, source, received_at)
                select u.indicator_id, u.jurisdiction_id, u.period_start, u.value, :source, :receivedAt
                  from unnest(:indicators::bigint[], :jurisdictions::bigint[], :periods::timestamptz[],
                              :values::float8[]) as u(indicator_id, jurisdiction_id, period_start, value)
                    on conflict (indicator_id, jurisdiction_id, period_start) do update
                   set value = excluded.value, source = excluded.source, received_at = excluded.received_at
                 where observation.value <> excluded.value
                returning id, indicator_id, jurisdiction_id, period_start, value, received_at""")
                .param("indicators", indicatorIds).param("jurisdictions", jurisdictionIds).param("periods", periods)
                .param("values", values).param("source", source).param("receivedAt", Timestamp.from(receivedAt))
                .query((rs, i) -> new ObservationsRecorded.Recorded(rs.getLong(1), rs.getLong(2),
                        codes.get(rs.getLong(2)), rs.getLong(3), paths.get(rs.getLong(3)),
                        rs.getTimestamp(4).toInstant(), rs.getDouble(5), rs.getTimestamp(6).toInstant()))
                .list();
        List<ObservationsRecorded.Recorded> ordered = new ArrayList<>(changed);
        ordered.sort(Comparator.comparingLong(ObservationsRecorded.Recorded::indicatorId)
                .thenComparingLong(ObservationsRecorded.Recorded::jurisdictionId)
                .thenComparing(ObservationsRecorded.Recorded::periodStart));
        return ordered;
    }

    private static final Comparator<Row> KEY_ORDER = Comparator.comparingLong(Row::indicatorId)
            .thenComparingLong(Row::jurisdictionId).thenComparing(Row::periodStart);

    /** The stored values of one series in [from, to), oldest first. */
    List<Stored> series(long indicatorId, long jurisdictionId, Instant from, Instant to) {
        return jdbc.sql("""
                select jurisdiction_id, period_start, value, received_at from observation
                 where indicator_id = :indicator and jurisdiction_id = :jurisdiction
                   and period_start >= :from and period_start < :to
                 order by period_start""")
                .param("indicator", indicatorId).param("jurisdiction", jurisdictionId)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Stored(rs.getLong("jurisdiction_id"), rs.getTimestamp("period_start").toInstant(),
                        rs.getDouble("value"), rs.getTimestamp("received_at").toInstant()))
                .list();
    }

    /** A stored value as history rows see it. */
    record HistoryRow(Instant periodStart, double value, String source, Instant receivedAt, Instant supersededAt) {
    }

    List<HistoryRow> history(String scope, long indicatorId, long jurisdictionId) {
        return jdbc.sql("""
                select h.period_start, h.value, h.source, h.received_at, h.superseded_at
                  from observation_history h join jurisdiction j on j.id = h.jurisdiction_id
                 where h.indicator_id = :indicator and h.jurisdiction_id = :jurisdiction and j.path like :scope || '%'
                 order by h.period_start desc, h.superseded_at desc limit 1000""")
                .param("indicator", indicatorId).param("jurisdiction", jurisdictionId).param("scope", scope)
                .query((rs, n) -> new HistoryRow(rs.getTimestamp("period_start").toInstant(), rs.getDouble("value"),
                        rs.getString("source"), rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("superseded_at").toInstant()))
                .list();
    }

    /** A value of one target jurisdiction and period: its own, or aggregated from the top-most reports below it. */
    record Aggregate(long targetId, Instant periodStart, boolean own, int reports, double sum, double mean,
            Double weightedMean, double max, double min, double last) {
    }

    /**
     * Values per target and period, where the targets are the jurisdictions at depth {@code depth + 1} within the
     * subtree at {@code subtreePath} (the subtree root itself when depth is its own depth minus one, its children
     * when depth is its own depth). A target that reported has its own value; otherwise the values of its
     * top-most reporting descendants are aggregated: a report counts unless a jurisdiction between it and the target
     * reported the same period (a reporting county stands for its townships).
     */
    List<Aggregate> aggregates(String scope, long indicatorId, String subtreePath, int depth, Instant from, Instant to) {
        return jdbc.sql("""
                with obs as materialized (
                    select o.period_start, o.value, o.received_at, o.jurisdiction_id, j.population,
                           string_to_array(trim(both '/' from j.path), '/')::bigint[] as ids
                      from observation o join jurisdiction j on j.id = o.jurisdiction_id
                     where o.indicator_id = :indicator and j.path like :subtree || '%' and j.path like :scope || '%'
                       and o.period_start >= :from and o.period_start < :to
                ), reporting as (
                    select * from obs where cardinality(ids) > :depth
                ), covered as (
                    select distinct a.period_start, a.jurisdiction_id
                      from reporting a
                      cross join lateral unnest(a.ids[(:depth + 1):(cardinality(a.ids) - 1)]) as anc(id)
                      join reporting b on b.period_start = a.period_start and b.jurisdiction_id = anc.id
                ), top as (
                    select a.* from reporting a
                     where not exists (select 1 from covered c
                                        where c.period_start = a.period_start and c.jurisdiction_id = a.jurisdiction_id)
                )
                select ids[:depth + 1] as target_id, period_start, bool_or(cardinality(ids) = :depth + 1) as own,
                       count(*) as reports, sum(value) as total, avg(value) as mean,
                       sum(value * population) filter (where population is not null)
                           / nullif(sum(population) filter (where population is not null), 0) as weighted,
                       max(value) as maximum, min(value) as minimum,
                       (array_agg(value order by received_at desc, jurisdiction_id))[1] as last
                  from top
                 group by 1, 2
                 order by 1, 2""")
                .param("indicator", indicatorId).param("subtree", subtreePath).param("scope", scope)
                .param("depth", depth).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Aggregate(rs.getLong("target_id"), rs.getTimestamp("period_start").toInstant(),
                        rs.getBoolean("own"), rs.getInt("reports"), rs.getDouble("total"), rs.getDouble("mean"),
                        (Double) rs.getObject("weighted"), rs.getDouble("maximum"), rs.getDouble("minimum"),
                        rs.getDouble("last")))
                .list();
    }

    /** A jurisdiction's own stored value. */
    record Stored(long jurisdictionId, Instant periodStart, double value, Instant receivedAt) {
    }

    /** The own values of the children of a parent in scope, for periods in [from, to). */
    List<Stored> childValues(String scope, long indicatorId, long parentId, Instant from, Instant to) {
        return jdbc.sql("""
                select o.jurisdiction_id, o.period_start, o.value, o.received_at
                  from observation o join jurisdiction j on j.id = o.jurisdiction_id
                 where o.indicator_id = :indicator and j.parent_id = :parent and j.path like :scope || '%'
                   and o.period_start >= :from and o.period_start < :to
                 order by o.jurisdiction_id, o.period_start""")
                .param("indicator", indicatorId).param("parent", parentId).param("scope", scope)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Stored(rs.getLong("jurisdiction_id"), rs.getTimestamp("period_start").toInstant(),
                        rs.getDouble("value"), rs.getTimestamp("received_at").toInstant()))
                .list();
    }
}
