package org.rampart.risk;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register's lists: the risks of a scope that a filter matches, a page at a time or all of them in order (exports),
 * and the reviews due per owner unit. Every query takes the scope path.
 */
@Repository
class RiskSearchRepository {

    /** Sort keys of the register and their SQL; the code breaks ties. */
    static final Map<String, String> SORTS = Map.of(
            "code", "r.code",
            "title", "coalesce(r.title_en, r.title_zh)",
            "level", "r.score",
            "residual", "coalesce(r.residual_score, r.score)",
            "domain", "r.domain_code",
            "nextReview", "r.next_review_date",
            "updated", "r.updated_at",
            "status", "array_position(array['IDENTIFIED','ASSESSED','TREATING','MONITORED','CLOSED']::varchar[], r.status)",
            "jurisdiction", "r.jurisdiction_code");

    private final JdbcClient jdbc;

    RiskSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A resolved list query: every member already validated; null members do not filter. */
    record Query(String scope, String q, List<String> domains, RiskLevel level, List<RiskStatus> statuses, String subtreePath,
            String ownerUnit, Boolean bottomLine, Boolean overdueReview, Boolean reassessmentNeeded, LocalDate today,
            String orderBy) {
    }

    Page<Risk> search(Query query, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from risk r" + where).params(params).query(Long.class).single();
        List<Risk> items = jdbc.sql("select " + RiskRepository.COLUMNS + " from risk r" + where + " order by "
                + query.orderBy() + " limit :limit offset :offset").params(params).param("limit", page.size()).param("offset", page.offset())
                .query(RiskRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Every risk the query matches, in its order, handed to the consumer one by one (exports). */
    void each(Query query, Consumer<Risk> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        jdbc.sql("select " + RiskRepository.COLUMNS + " from risk r" + where + " order by " + query.orderBy()).params(params)
                .query((ResultSet rs) -> {
                    int row = 0;
                    while (rs.next()) {
                        consumer.accept(RiskRepository.map(rs, row++));
                    }
                    return row;
                });
    }

    private static String where(Query query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where r.jurisdiction_path like :scope || '%'");
        params.put("scope", query.scope());
        if (query.q() != null) {
            sql.append(" and (r.search_en @@ websearch_to_tsquery('english', :q) or r.search_text like :like escape '\\')");
            params.put("q", query.q());
            params.put("like", "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.domains() != null) {
            sql.append(" and r.domain_code in (:domains)");
            params.put("domains", query.domains());
        }
        if (query.level() != null) {
            sql.append(" and r.level = :level");
            params.put("level", query.level().name());
        }
        if (query.statuses() != null) {
            sql.append(" and r.status = any(:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (query.subtreePath() != null) {
            sql.append(" and r.jurisdiction_path like :subtree || '%'");
            params.put("subtree", query.subtreePath());
        }
        if (query.ownerUnit() != null) {
            sql.append(" and r.owner_unit_code = :unit");
            params.put("unit", query.ownerUnit());
        }
        if (query.bottomLine() != null) {
            sql.append(" and r.bottom_line = :bottomLine");
            params.put("bottomLine", query.bottomLine());
        }
        if (query.overdueReview() != null) {
            sql.append(query.overdueReview() ? " and r.status <> 'CLOSED' and r.next_review_date < :today"
                    : " and not (r.status <> 'CLOSED' and r.next_review_date < :today)");
            params.put("today", query.today());
        }
        if (query.reassessmentNeeded() != null) {
            sql.append(" and r.reassessment_needed = :reassessment");
            params.put("reassessment", query.reassessmentNeeded());
        }
        return sql.toString();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }


    /** Open risks of the scope by owner unit whose review is overdue or due by the horizon. */
    List<ReviewDue> reviewsDue(String scope, LocalDate today, LocalDate horizon) {
        return jdbc.sql("""
                select owner_unit_code, count(*) filter (where next_review_date < :today) as overdue,
                       count(*) filter (where next_review_date >= :today) as due_soon, min(next_review_date) as earliest
                  from risk
                 where jurisdiction_path like :scope || '%' and status <> 'CLOSED' and next_review_date <= :horizon
                 group by owner_unit_code
                 order by overdue desc, earliest, owner_unit_code nulls last""").param("scope", scope)
                .param("today", today).param("horizon", horizon)
                .query((rs, n) -> new ReviewDue(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
    }
}
