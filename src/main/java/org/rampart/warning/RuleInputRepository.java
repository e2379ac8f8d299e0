package org.rampart.warning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
