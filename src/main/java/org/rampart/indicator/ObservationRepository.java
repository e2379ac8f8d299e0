package org.rampart.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Observations: bulk storage through COPY and one upsert, and the reads behind series, maps, grids and
 * completeness. Every read takes the caller's scope path and filters the jurisdiction table by it (a read of
 * the jurisdiction module's table accepted in this codebase for scope checks).
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
     * Stage the rows with COPY on the transaction's connection, then insert new values and update changed ones in
     * one statement, moving each superseded value into the history. Returns only the rows that changed.
     */
    List<ObservationsRecorded.Recorded> store(List<Row> rows, String source, Instant receivedAt) {
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                create temporary table if not exists observation_staging (
                    indicator_id bigint not null, jurisdiction_id bigint not null,
                    period_start timestamptz not null, value double precision not null) on commit delete rows""").update();
        jdbc.sql("truncate observation_staging").update();
        StringBuilder data = new StringBuilder(rows.size() * 48);
        for (Row r : rows) {
            data.append(r.indicatorId()).append('\t').append(r.jurisdictionId()).append('\t').append(r.periodStart())
                    .append('\t').append(r.value()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy observation_staging (indicator_id, jurisdiction_id, period_start, value) from stdin",
                    new StringReader(data.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the observation staging table failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        // a fresh temporary table has no statistics; without them the planner misjudges the joins below
        jdbc.sql("analyze observation_staging").update();
        // All parts of the statement see the table as it was before it: "old" holds the values being replaced.
        return jdbc.sql("""
                with old as (
                    select o.id, o.indicator_id, o.jurisdiction_id, o.period_start, o.value, o.source, o.received_at
                      from observation o
                      join observation_staging s on s.indicator_id = o.indicator_id
                       and s.jurisdiction_id = o.jurisdiction_id and s.period_start = o.period_start
                     where o.value <> s.value
                ), history as (
                    insert into observation_history (observation_id, indicator_id, jurisdiction_id, period_start, value,
                                                     source, received_at, superseded_at)
                    select id, indicator_id, jurisdiction_id, period_start, value, source, received_at, :receivedAt from old
                ), changed as (
                    insert into observation (indicator_id, jurisdiction_id, period_start, value, source, received_at)
                    select indicator_id, jurisdiction_id, period_start, value, :source, :receivedAt from observation_staging
                    on conflict (indicator_id, jurisdiction_id, period_start) do update
                       set value = excluded.value, source = excluded.source, received_at = excluded.received_at
                     where observation.value <> excluded.value
                    returning id, indicator_id, jurisdiction_id, period_start, value, received_at
                )
                select c.id, c.indicator_id, i.code as indicator_code, c.jurisdiction_id, j.path, c.period_start, c.value,
                       c.received_at
                  from changed c join indicator i on i.id = c.indicator_id join jurisdiction j on j.id = c.jurisdiction_id
                 order by c.id""")
                .param("source", source).param("receivedAt", Timestamp.from(receivedAt))
                .query((rs, n) -> new ObservationsRecorded.Recorded(rs.getLong("id"), rs.getLong("indicator_id"),
                        rs.getString("indicator_code"), rs.getLong("jurisdiction_id"), rs.getString("path"),
                        rs.getTimestamp("period_start").toInstant(), rs.getDouble("value"),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
    }

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
