package org.rampart.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rampart.shared.RiskDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for silences. Reads that users see take a scope path and filter by it. */
@Repository
class SilenceRepository {

    private static final String SELECT = """
            select id, rule_code, domain, jurisdiction_code, jurisdiction_path, min_level, reason, created_by,
                   starts_at, ends_at, ended_at, ended_by
            from silence
            """;

    private final JdbcClient jdbc;

    SilenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Silence map(ResultSet rs, int n) throws SQLException {
        String domain = rs.getString("domain");
        return new Silence(rs.getLong("id"), rs.getString("rule_code"), RiskDomain.of(domain),
                rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"),
                WarningRepository.level(rs.getString("min_level")), rs.getString("reason"), rs.getString("created_by"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                WarningRepository.instant(rs.getTimestamp("ended_at")), rs.getString("ended_by"));
    }

    long insert(String ruleCode, RiskDomain domain, String jurisdictionCode, String jurisdictionPath,
            WarningLevel minLevel, String reason, String by, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                insert into silence (rule_code, domain, jurisdiction_code, jurisdiction_path, min_level, reason,
                                     created_by, starts_at, ends_at)
                values (cast(:rule as varchar), cast(:domain as varchar), cast(:code as varchar), :path,
                        cast(:level as varchar), :reason, :by, :starts, :ends)
                returning id
                """).param("rule", ruleCode).param("domain", domain == null ? null : domain.name())
                .param("code", jurisdictionCode).param("path", jurisdictionPath)
                .param("level", minLevel == null ? null : minLevel.name()).param("reason", reason).param("by", by)
                .param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .query(Long.class).single();
    }

    /** Silences within the scope that are active at {@code now} or ended (or expired) after {@code since}. */
    List<Silence> list(String scope, Instant now, Instant since) {
        return jdbc.sql(SELECT + """
                where jurisdiction_path like :scope
                  and coalesce(ended_at, ends_at) > :since
                order by (ended_at is null and ends_at > :now) desc, ends_at desc, id desc
                """).param("scope", scope + "%").param("now", Timestamp.from(now)).param("since", Timestamp.from(since))
                .query(SilenceRepository::map).list();
    }

    Optional<Silence> find(String scope, long id) {
        return jdbc.sql(SELECT + " where id = :id and jurisdiction_path like :scope").param("id", id)
                .param("scope", scope + "%").query(SilenceRepository::map).optional();
    }

    Optional<Silence> lockInScope(String scope, long id) {
        return jdbc.sql(SELECT + " where id = :id and jurisdiction_path like :scope for update").param("id", id)
                .param("scope", scope + "%").query(SilenceRepository::map).optional();
    }

    void end(long id, String by, Instant at) {
        jdbc.sql("update silence set ended_at = :at, ended_by = :by where id = :id").param("id", id).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /**
     * Return true when an active silence matches a warning change.
     *
     * @param domains the warning's domain and every domain it lies within
     */
    boolean matches(String ruleCode, List<String> domains, String path, WarningLevel level, Instant now) {
        return jdbc.sql("""
                select exists (select 1 from silence
                    where ended_at is null and starts_at <= :now and ends_at > :now
                      and (rule_code is null or rule_code = :rule)
                      and (domain is null or domain in (:domains))
                      and :path like jurisdiction_path || '%'
                      and (min_level is null or array_position(array['BLUE','YELLOW','ORANGE','RED'], min_level::text)
                           <= array_position(array['BLUE','YELLOW','ORANGE','RED'], cast(:level as text))))
                """).param("rule", ruleCode).param("domains", domains).param("path", path)
                .param("level", level == null ? "RED" : level.name()).param("now", Timestamp.from(now))
                .query(Boolean.class).single();
    }

    /**
     * Silences active at {@code now} that may mute warnings within the scope: those over the scope's own subtree or
     * an ancestor of it, and those inside it.
     */
    List<Silence> activeAround(String scope, Instant now) {
        return jdbc.sql(SELECT + """
                where ended_at is null and starts_at <= :now and ends_at > :now
                  and (jurisdiction_path like :scope || '%' or :scope like jurisdiction_path || '%')
                order by ends_at desc, id desc
                """).param("scope", scope).param("now", Timestamp.from(now)).query(SilenceRepository::map).list();
    }
}
