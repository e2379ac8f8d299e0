package org.rampart.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicator definitions. Definitions are shared by the whole tree, so their reads take no scope. */
@Repository
class IndicatorRepository {

    private static final String COLUMNS = """
            id, code, name_en, name_zh, domain, unit_of_measure, period_type, aggregation, responsible_unit_code,
            description, source, active, updated_at""";

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Indicator> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from indicator where code = :code").param("code", code)
                .query(IndicatorRepository::map).optional();
    }

    Optional<Indicator> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from indicator where id = :id").param("id", id)
                .query(IndicatorRepository::map).optional();
    }

    List<Indicator> findByCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from indicator where code = any(:codes)")
                .param("codes", codes.toArray(new String[0])).query(IndicatorRepository::map).list();
    }

    Page<Indicator> search(String q, RiskDomain domain, PageQuery page) {
        String where = """
                 where (cast(:q as text) is null or lower(code) like :like or lower(name_en) like :like or name_zh like :qlike)
                   and (cast(:domain as text) is null or domain = :domain)""";
        String like = q == null ? null : "%" + q.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        String qlike = q == null ? null : "%" + q.replace("%", "\\%").replace("_", "\\_") + "%";
        String d = domain == null ? null : domain.name();
        long total = jdbc.sql("select count(*) from indicator " + where).param("q", q).param("like", like)
                .param("qlike", qlike).param("domain", d).query(Long.class).single();
        List<Indicator> items = jdbc.sql("select " + COLUMNS + " from indicator " + where
                + " order by code limit :limit offset :offset").param("q", q).param("like", like).param("qlike", qlike)
                .param("domain", d).param("limit", page.size()).param("offset", page.offset())
                .query(IndicatorRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    long insert(IndicatorRow row) {
        return jdbc.sql("""
                insert into indicator (code, name_en, name_zh, domain, unit_of_measure, period_type, aggregation,
                                       responsible_unit_code, description, source, active)
                values (:code, :nameEn, :nameZh, :domain, :unit, :period, :aggregation, :unitCode, :description,
                        :source, :active)
                returning id""").params(params(row)).query(Long.class).single();
    }

    void update(long id, IndicatorRow row) {
        jdbc.sql("""
                update indicator set name_en = :nameEn, name_zh = :nameZh, domain = :domain, unit_of_measure = :unit,
                       period_type = :period, aggregation = :aggregation, responsible_unit_code = :unitCode,
                       description = :description, source = :source, active = :active, updated_at = now()
                 where id = :id""").params(params(row)).param("id", id).update();
    }

    boolean hasObservations(long id) {
        return jdbc.sql("select exists (select 1 from observation where indicator_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    private static java.util.Map<String, Object> params(IndicatorRow row) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("code", row.code());
        m.put("nameEn", row.nameEn());
        m.put("nameZh", row.nameZh());
        m.put("domain", row.domain().name());
        m.put("unit", row.unitOfMeasure());
        m.put("period", row.periodType().name());
        m.put("aggregation", row.aggregation().name());
        m.put("unitCode", row.responsibleUnitCode());
        m.put("description", row.description());
        m.put("source", row.source());
        m.put("active", row.active());
        return m;
    }

    /** A validated definition to write. */
    record IndicatorRow(String code, String nameEn, String nameZh, RiskDomain domain, String unitOfMeasure,
            PeriodType periodType, Aggregation aggregation, String responsibleUnitCode, String description, String source,
            boolean active) {
    }

    static Indicator map(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"),
                RiskDomain.of(rs.getString("domain")), rs.getString("unit_of_measure"),
                PeriodType.valueOf(rs.getString("period_type")), Aggregation.valueOf(rs.getString("aggregation")),
                rs.getString("responsible_unit_code"), rs.getString("description"), rs.getString("source"),
                rs.getBoolean("active"), rs.getTimestamp("updated_at").toInstant());
    }
}
