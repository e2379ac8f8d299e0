package org.rampart.situation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The situation picture's SQL. A read model over other modules' tables (STYLE.md rules 7 and 21, see
 * {@code package-info.java}): it reads the risk module's {@code risk} and {@code risk_assessment}, the taxonomy's
 * {@code risk_domain}, the warning module's {@code warning} and the jurisdiction module's {@code jurisdiction}
 * directly, and never writes them; the matrix comes from the risk module's facade. Triggers of the situation's
 * migrations (V56-V58) on those tables mark the kept pictures stale. Every query that returns rows takes the caller's
 * scope and the chosen subtree (materialised path prefixes) and filters by both in SQL; closed risks count only in
 * the changes.
 */
@Repository
class SituationRepository {

    /** Orders levels by seriousness in SQL: 1 for LOW up to 4 for EXTREME. */
    private static final String RANK = "array_position(array['LOW','MEDIUM','HIGH','EXTREME']::varchar[], %s)";

    private static final String LINE = """
            r.code, r.title_en, r.title_zh, r.domain_code, r.jurisdiction_code, r.level, r.score, r.likelihood,
            r.impact, r.bottom_line, r.status, r.next_review_date""";

    private final JdbcClient jdbc;

    SituationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every domain of the taxonomy in its order (sub-domains after their parent). */
    List<Named> domains() {
        return jdbc.sql("""
                select d.code, d.name_en, d.name_zh from risk_domain d
                left join risk_domain p on p.code = d.parent_code
                order by coalesce(p.position, d.position), d.parent_code nulls first, d.position, d.code
                """).query((rs, n) -> new Named(rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh")))
                .list();
    }

    /** The domain (first) and its sub-domains, or an empty list when no domain has this code. */
    List<String> domainAndBelow(String code) {
        return jdbc.sql("select code from risk_domain where code = :c or parent_code = :c order by code <> :c, code")
                .param("c", code).query(String.class).list();
    }

    /** The children of a jurisdiction in the scope, in code order. */
    List<Child> children(String scope, long parentId) {
        return jdbc.sql("""
                select id, code, name_en, name_zh from jurisdiction
                where parent_id = :parent and active and path like :scope
                order by code
                """).param("parent", parentId).param("scope", scope + "%")
                .query((rs, n) -> new Child(rs.getLong("id"), new Named(rs.getString("code"), rs.getString("name_en"),
                        rs.getString("name_zh")))).list();
    }

    record Child(long id, Named named) {
    }

    /**
     * The rows a query may count: the caller's scope and the chosen subtree (materialised path prefixes; the code of
     * its jurisdiction), and the domain with its sub-domains (null: every domain).
     */
    record Subtree(String scope, String code, String path, List<String> domains) {

        /** The predicate on {@code alias}'s {@code jurisdiction_path} (and {@code domainColumn} with a domain). */
        String where(String alias, String domainColumn) {
            String p = alias + ".jurisdiction_path";
            String where = p + " like :scope and " + p + " like :subtree and " + p + " ~>=~ :lo and " + p + " ~<~ :hi";
            return domains == null ? where : where + " and " + alias + "." + domainColumn + " in (:domains)";
        }

        /** The open risks of the subtree, as {@code r}. */
        String openRisks() {
            return where("r", "domain_code") + " and r.status <> 'CLOSED'";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            spec = spec.param("scope", scope + "%").param("subtree", path + "%").param("lo", path)
                    .param("hi", upper(path));
            return domains == null ? spec : spec.param("domains", domains);
        }
    }

    /**
     * The counts of the open risks of a subtree, in one scan: per domain and level (with how many have an overdue
     * review), per cell of the heat map (by inherent or residual likelihood and impact) and per child and domain (with
     * the highest level).
     *
     * @param byDomainAndLevel rows {domain, level, count, overdue}
     * @param heat counts by "likelihood:impact"
     * @param byChildAndDomain rows {child id as text (empty for the jurisdiction's own risks), domain, rank, count}
     */
    record Counts(List<Object[]> byDomainAndLevel, Map<String, Integer> heat, List<Object[]> byChildAndDomain) {
    }

    /** The parts of {@link Counts} a query computes (the others stay empty), as grouping sets. */
    enum Part {
        SUMMARY("domain", "level"), HEAT("l", "i"), ROLL_UP("child", "domain");

        private final List<String> columns;

        Part(String... columns) {
            this.columns = List.of(columns);
        }
    }

    /** Count the asked parts in one scan of the open risks of the subtree. */
    Counts counts(Subtree subtree, boolean residual, LocalDate today, Part... parts) {
        String l = residual ? "coalesce(r.residual_likelihood, r.likelihood)" : "r.likelihood";
        String i = residual ? "coalesce(r.residual_impact, r.impact)" : "r.impact";
        List<Object[]> byDomainAndLevel = new ArrayList<>();
        Map<String, Integer> heat = new HashMap<>();
        List<Object[]> byChildAndDomain = new ArrayList<>();
        // a column that no asked set groups by is selected as null; grouping(c) is 0 in the rows grouped by c
        List<Part> asked = List.of(parts);
        String columns = Stream.of("child", "domain", "level", "l", "i")
                .map(c -> asked.stream().anyMatch(p -> p.columns.contains(c)) ? c : "null as " + c)
                .collect(Collectors.joining(", "));
        columns += asked.contains(Part.SUMMARY) ? ", grouping(level) as by_level" : ", 1 as by_level";
        columns += asked.contains(Part.ROLL_UP) ? ", grouping(child) as by_child" : ", 1 as by_child";
        String sets = asked.stream().map(p -> "(" + String.join(", ", p.columns) + ")").collect(Collectors.joining(", "));
        subtree.bind(jdbc.sql("""
                select %s, count(*) as n,
                       count(*) filter (where overdue) as overdue, max(rank) as rank
                from (select split_part(substr(r.jurisdiction_path, :len + 1), '/', 1) as child, r.domain_code as domain,
                             r.level, %s as l, %s as i, r.next_review_date < :today as overdue, %s as rank
                      from risk r where %s) x
                group by grouping sets (%s)
                """.formatted(columns, l, i, RANK.formatted("r.level"), subtree.openRisks(), sets)))
                .param("len", subtree.path().length()).param("today", today)
                .query(rs -> {
                    if (rs.getInt("by_level") == 0) {
                        byDomainAndLevel.add(new Object[] {rs.getString("domain"), rs.getString("level"), rs.getInt("n"),
                            rs.getInt("overdue")});
                    } else if (rs.getInt("by_child") == 0) {
                        byChildAndDomain.add(new Object[] {rs.getString("child"), rs.getString("domain"),
                            rs.getInt("rank"), rs.getInt("n")});
                    } else {
                        heat.put(rs.getInt("l") + ":" + rs.getInt("i"), rs.getInt("n"));
                    }
                });
        return new Counts(byDomainAndLevel, heat, byChildAndDomain);
    }

    /** The open risks of one cell of the heat map, most serious first. */
    List<RiskLine> cell(Subtree subtree, boolean residual, int likelihood, int impact, int limit) {
        String l = residual ? "coalesce(r.residual_likelihood, r.likelihood)" : "r.likelihood";
        String i = residual ? "coalesce(r.residual_impact, r.impact)" : "r.impact";
        return subtree.bind(jdbc.sql("select " + LINE + " from risk r where " + subtree.openRisks() + " and " + l
                + " = :l and " + i + " = :i order by r.bottom_line desc, r.score desc, r.code limit :limit"))
                .param("l", likelihood).param("i", impact).param("limit", limit).query((rs, n) -> line(rs)).list();
    }

    /** The top open risks: bottom-line risks first, then by level and score. */
    List<RiskLine> top(Subtree subtree, int limit) {
        return subtree.bind(jdbc.sql("select " + LINE + " from risk r where " + subtree.openRisks()
                + " order by r.bottom_line desc, " + RANK.formatted("r.level") + " desc, r.score desc, r.code"
                + " limit :limit"))
                .param("limit", limit).query((rs, n) -> line(rs)).list();
    }

    /**
     * What changed since an instant: risks created since (still open), closed since, and open risks whose level now
     * differs from their level at the instant (the latest assessment before it).
     */
    List<RiskChange> changes(Subtree subtree, Instant since, int limit) {
        String rankNow = RANK.formatted("r.level");
        String rankThen = RANK.formatted("b.level");
        String where = subtree.where("r", "domain_code");
        return subtree.bind(jdbc.sql("""
                select * from (
                  select 'NEW' as kind, r.code, r.title_en, r.title_zh, r.domain_code, r.jurisdiction_code,
                         null as before, r.level as after, r.created_at as at, %1$s as rank
                  from risk r
                  where %3$s and r.created_at >= :since and r.closed_at is null
                  union all
                  select 'CLOSED', r.code, r.title_en, r.title_zh, r.domain_code, r.jurisdiction_code,
                         r.level, r.level, r.closed_at, %1$s
                  from risk r
                  where %3$s and r.closed_at >= :since
                  union all
                  select case when %1$s > %2$s then 'RAISED' else 'LOWERED' end, r.code, r.title_en, r.title_zh,
                         r.domain_code, r.jurisdiction_code, b.level, r.level, t.at, %1$s
                  from (select a.risk_id, max(a.assessed_at) as at from risk_assessment a
                        where a.assessed_at >= :since group by a.risk_id) t
                  join risk r on r.id = t.risk_id
                  join lateral (select a.level from risk_assessment a where a.risk_id = r.id and a.assessed_at < :since
                                order by a.assessed_at desc limit 1) b on true
                  where %3$s and r.created_at < :since and r.closed_at is null and b.level <> r.level
                ) c
                order by case c.kind when 'RAISED' then 1 when 'NEW' then 2 when 'CLOSED' then 3 else 4 end,
                         c.rank desc, c.at desc, c.code
                limit :limit
                """.formatted(rankNow, rankThen, where)))
                .param("since", Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> new RiskChange(rs.getString("kind"), rs.getString("code"), rs.getString("title_en"),
                        rs.getString("title_zh"), rs.getString("domain_code"), rs.getString("jurisdiction_code"),
                        rs.getString("before"), rs.getString("after"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Open warnings (with a level) per level; warnings carry the domain of their indicator. */
    Map<String, Integer> warningsByLevel(Subtree subtree) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        subtree.bind(jdbc.sql("select w.level, count(*) as n from warning w where w.state <> 'RESOLVED'"
                + " and w.level is not null and " + subtree.where("w", "domain") + " group by w.level"))
                .query((rs, n) -> counts.put(rs.getString("level"), rs.getInt("n"))).list();
        return counts;
    }

    /** Overdue reviews, most overdue first. */
    List<RiskLine> overdue(Subtree subtree, LocalDate today, int limit) {
        return subtree.bind(jdbc.sql("select " + LINE + " from risk r where " + subtree.openRisks()
                + " and r.next_review_date < :today order by r.next_review_date, r.code limit :limit"))
                .param("today", today).param("limit", limit).query((rs, n) -> line(rs)).list();
    }

    /**
     * The end of a subtree's range of paths (the prefix with its last character raised by one). With it, the subtree
     * predicate is also an index range that a cached, generic plan of the prepared statement can use, which a LIKE
     * with a parameter is not.
     */
    static String upper(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    private static RiskLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Date review = rs.getDate("next_review_date");
        return new RiskLine(rs.getString("code"), rs.getString("title_en"), rs.getString("title_zh"),
                rs.getString("domain_code"), rs.getString("jurisdiction_code"), rs.getString("level"), rs.getInt("score"),
                rs.getInt("likelihood"), rs.getInt("impact"), rs.getBoolean("bottom_line"), rs.getString("status"),
                review == null ? null : review.toLocalDate());
    }
}
