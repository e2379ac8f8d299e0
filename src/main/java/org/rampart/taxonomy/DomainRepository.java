package org.rampart.taxonomy;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The taxonomy table {@code risk_domain}: a setting of the whole tree, so its reads take no scope. */
@Repository
class DomainRepository {

    private final JdbcClient jdbc;

    DomainRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every domain, each top-level one followed by its sub-domains, in the order of their positions. */
    List<RiskDomainEntry> all() {
        return jdbc.sql("""
                select code, parent_code, name_en, name_zh, position, active from risk_domain
                 order by coalesce((select p.position from risk_domain p where p.code = risk_domain.parent_code), position),
                          coalesce(parent_code, code), parent_code nulls first, position, code""")
                .query((rs, n) -> new RiskDomainEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6))).list();
    }

    Optional<RiskDomainEntry> find(String code) {
        return jdbc.sql("select code, parent_code, name_en, name_zh, position, active from risk_domain where code = :code")
                .param("code", code)
                .query((rs, n) -> new RiskDomainEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6))).optional();
    }

    /** The code and every code below it, the code first. */
    List<String> atOrBelow(String code) {
        return jdbc.sql("""
                with recursive below(code) as (
                    select code from risk_domain where code = :code
                    union select d.code from risk_domain d join below b on d.parent_code = b.code)
                select code from below order by code <> :code, code""").param("code", code).query(String.class).list();
    }

    /** The code and every code above it, the code first. */
    List<String> atOrAbove(String code) {
        return jdbc.sql("""
                with recursive above(code, parent_code, depth) as (
                    select code, parent_code, 0 from risk_domain where code = :code
                    union select d.code, d.parent_code, a.depth + 1 from risk_domain d join above a on d.code = a.parent_code)
                select code from above order by depth""").param("code", code).query(String.class).list();
    }

    void insert(RiskDomainEntry d) {
        jdbc.sql("""
                insert into risk_domain (code, parent_code, name_en, name_zh, position, active)
                values (:code, :parent, :en, :zh, :position, :active)""").param("code", d.code())
                .param("parent", d.parentCode()).param("en", d.nameEn()).param("zh", d.nameZh())
                .param("position", d.position()).param("active", d.active()).update();
    }

    void update(RiskDomainEntry d) {
        jdbc.sql("""
                update risk_domain set name_en = :en, name_zh = :zh, position = :position, active = :active
                 where code = :code""").param("code", d.code()).param("en", d.nameEn()).param("zh", d.nameZh())
                .param("position", d.position()).param("active", d.active()).update();
    }
}
