package org.rampart.warning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.indicator.ObservationsRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The values rules read, copied from {@link ObservationsRecorded} in the storing transaction. Evaluation reads this
 * table rather than the indicator module's observations so that the warning module owns everything it queries and
 * does not depend on how observations are stored or partitioned. Only indicators with an active rule are copied: a
 * new rule therefore starts with the values that arrive after it, not with earlier history.
 */
@Repository
class RuleInputRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RuleInputRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Insert or correct values; a correction of a period replaces its value. */
    void upsert(List<ObservationsRecorded.Recorded> values) {
        template.batchUpdate("""
                insert into rule_input (indicator_code, jurisdiction_id, period_start, value, observation_id)
                values (?, ?, ?, ?, ?)
                on conflict (indicator_code, jurisdiction_id, period_start)
                do update set value = excluded.value, observation_id = excluded.observation_id
                """, values, 500, (ps, r) -> {
                    ps.setString(1, r.indicatorCode());
                    ps.setLong(2, r.jurisdictionId());
                    ps.setTimestamp(3, Timestamp.from(r.periodStart()));
                    ps.setDouble(4, r.value());
                    ps.setLong(5, r.observationId());
                });
    }

    record Latest(Instant periodStart, long observationId) {
    }

    Optional<Latest> latest(String indicatorCode, long jurisdictionId) {
        return jdbc.sql("""
                select period_start, observation_id from rule_input
                where indicator_code = :indicator and jurisdiction_id = :jurisdiction
                order by period_start desc limit 1
                """).param("indicator", indicatorCode).param("jurisdiction", jurisdictionId)
                .query((rs, n) -> new Latest(rs.getTimestamp(1).toInstant(), rs.getLong(2))).optional();
    }

    /** A series a batch touched: indicator and jurisdiction. */
    record Key(String indicatorCode, long jurisdictionId) {
    }

    /** {@link #latest} for many series in one query; series without a value are absent. */
    Map<Key, Latest> latest(List<Key> keys) {
        Map<Key, Latest> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select u.indicator_code, u.jurisdiction_id, l.period_start, l.observation_id
                from unnest(:indicators::text[], :jurisdictions::bigint[]) as u(indicator_code, jurisdiction_id)
                cross join lateral (select period_start, observation_id from rule_input r
                                    where r.indicator_code = u.indicator_code and r.jurisdiction_id = u.jurisdiction_id
                                    order by period_start desc limit 1) l
                """).param("indicators", keys.stream().map(Key::indicatorCode).toArray(String[]::new))
                .param("jurisdictions", keys.stream().mapToLong(Key::jurisdictionId).boxed().toArray(Long[]::new))
                .query((rs, n) -> {
                    found.put(new Key(rs.getString(1), rs.getLong(2)), new Latest(rs.getTimestamp(3).toInstant(), rs.getLong(4)));
                    return 1;
                }).list();
        return found;
    }

    /** What {@link #series} reads for one rule and jurisdiction. */
    record SeriesQuery(String indicatorCode, long jurisdictionId, RuleEvaluator.Needs needs, Instant latest) {
    }

    /** {@link #series} for many queries in one statement; the answer is in the order of the queries. */
    List<List<Point>> series(List<SeriesQuery> queries) {
        List<List<Point>> answers = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            answers.add(new ArrayList<>());
        }
        if (queries.isEmpty()) {
            return answers;
        }
        int n = queries.size();
        String[] indicators = new String[n];
        Long[] jurisdictions = new Long[n];
        // times as ISO-8601 text, cast to timestamptz[] in SQL
        String[] from = new String[n];
        String[] to = new String[n];
        String[] t1 = new String[n];
        String[] t2 = new String[n];
        for (int i = 0; i < n; i++) {
            SeriesQuery q = queries.get(i);
            List<Instant> times = q.needs().times();
            if (times.size() > 2) {
                throw new IllegalArgumentException("at most two single times per rule: " + times);
            }
            indicators[i] = q.indicatorCode();
            jurisdictions[i] = q.jurisdictionId();
            from[i] = q.needs().fromExclusive().toString();
            to[i] = q.latest().toString();
            t1[i] = times.isEmpty() ? null : times.get(0).toString();
            t2[i] = times.size() < 2 ? null : times.get(1).toString();
        }
        jdbc.sql("""
                select u.k, r.period_start, r.value
                from unnest(:indicators::text[], :jurisdictions::bigint[], :from::timestamptz[], :to::timestamptz[],
                            :t1::timestamptz[], :t2::timestamptz[]) with ordinality as u(indicator_code, jurisdiction_id, f, t, t1, t2, k)
                join rule_input r on r.indicator_code = u.indicator_code and r.jurisdiction_id = u.jurisdiction_id
                 and ((r.period_start > u.f and r.period_start <= u.t) or r.period_start = u.t1 or r.period_start = u.t2)
                order by u.k, r.period_start
                """).param("indicators", indicators).param("jurisdictions", jurisdictions).param("from", from)
                .param("to", to).param("t1", t1).param("t2", t2)
                .query((rs, row) -> answers.get((int) rs.getLong(1) - 1)
                        .add(new Point(rs.getTimestamp(2).toInstant(), rs.getDouble(3))))
                .list();
        return answers;
    }

    record Reporter(long jurisdictionId, Latest latest) {
    }

    /** Each jurisdiction that reported the indicator, with its latest value's period and observation. */
    List<Reporter> reporters(String indicatorCode) {
        return jdbc.sql("""
                select distinct on (jurisdiction_id) jurisdiction_id, period_start, observation_id from rule_input
                where indicator_code = :indicator
                order by jurisdiction_id, period_start desc
                """).param("indicator", indicatorCode)
                .query((rs, n) -> new Reporter(rs.getLong(1), new Latest(rs.getTimestamp(2).toInstant(), rs.getLong(3))))
                .list();
    }

    List<Point> series(String indicatorCode, long jurisdictionId, RuleEvaluator.Needs needs, Instant latest) {
        return jdbc.sql("""
                select period_start, value from rule_input
                where indicator_code = :indicator and jurisdiction_id = :jurisdiction
                  and ((period_start > :from and period_start <= :to) or period_start in (:times))
                order by period_start
                """).param("indicator", indicatorCode).param("jurisdiction", jurisdictionId)
                .param("from", Timestamp.from(needs.fromExclusive())).param("to", Timestamp.from(latest))
                .param("times", needs.times().stream().map(Timestamp::from).toList())
                .query((rs, n) -> new Point(rs.getTimestamp(1).toInstant(), rs.getDouble(2))).list();
    }
}
