package org.rampart.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.RiskDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for rules and their version history. Rules are province-wide settings, not records within a scope. */
@Repository
class RuleRepository {

    private static final String SELECT = """
            select id, code, indicator_code, domain, name_en, name_zh, definition::text as definition, version,
                   active, updated_at
            from rule
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // stored JSON of ours: a record that gained or lost a member since must still read
        this.json = json.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    private Rule map(ResultSet rs, int n) throws SQLException {
        return new Rule(rs.getLong("id"), rs.getString("code"), rs.getString("indicator_code"),
                RiskDomain.of(rs.getString("domain")), rs.getString("name_en"), rs.getString("name_zh"),
                definition(rs.getString("definition")), rs.getInt("version"), rs.getBoolean("active"),
                rs.getTimestamp("updated_at").toInstant());
    }

    RuleDefinition definition(String text) {
        return json.readValue(text, RuleDefinition.class);
    }

    String json(RuleDefinition definition) {
        return json.writeValueAsString(definition);
    }

    List<Rule> list(String indicatorCode) {
        if (indicatorCode == null) {
            return jdbc.sql(SELECT + " order by code").query(this::map).list();
        }
        return jdbc.sql(SELECT + " where indicator_code = :indicator order by code")
                .param("indicator", indicatorCode).query(this::map).list();
    }

    List<Rule> activeFor(String indicatorCode) {
        return jdbc.sql(SELECT + " where indicator_code = :indicator and active order by code")
                .param("indicator", indicatorCode).query(this::map).list();
    }

    /** The active rules of several indicators in one query, by indicator code, each list ordered by rule code. */
    Map<String, List<Rule>> activeFor(Collection<String> indicatorCodes) {
        Map<String, List<Rule>> byIndicator = new HashMap<>();
        for (String code : indicatorCodes) {
            byIndicator.put(code, new ArrayList<>());
        }
        if (!indicatorCodes.isEmpty()) {
            jdbc.sql(SELECT + " where indicator_code = any(:indicators) and active order by code")
                    .param("indicators", indicatorCodes.toArray(new String[0])).query(this::map).list()
                    .forEach(r -> byIndicator.get(r.indicatorCode()).add(r));
        }
        return byIndicator;
    }

    List<Rule> activeOfType(RuleType type) {
        return jdbc.sql(SELECT + " where type = :type and active order by code").param("type", type.name())
                .query(this::map).list();
    }

    Optional<Rule> find(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).query(this::map).optional();
    }

    /** Lock the rule row so that concurrent edits number their versions one after the other. */
    Optional<Rule> lock(String code) {
        return jdbc.sql(SELECT + " where code = :code for update").param("code", code).query(this::map).optional();
    }

    long insert(RuleDraft d) {
        return jdbc.sql("""
                insert into rule (code, indicator_code, domain, type, name_en, name_zh, definition, active)
                values (:code, :indicator, :domain, :type, :nameEn, :nameZh, cast(:definition as jsonb), :active)
                returning id
                """)
                .param("code", d.code()).param("indicator", d.indicatorCode()).param("domain", d.domain().name())
                .param("type", d.definition().type().name()).param("nameEn", d.nameEn()).param("nameZh", d.nameZh())
                .param("definition", json(d.definition())).param("active", d.active()).query(Long.class).single();
    }

    void update(long id, int version, RuleDraft d) {
        jdbc.sql("""
                update rule set indicator_code = :indicator, domain = :domain, type = :type, name_en = :nameEn,
                       name_zh = :nameZh, definition = cast(:definition as jsonb), version = :version,
                       active = :active, updated_at = now()
                where id = :id
                """)
                .param("id", id).param("version", version).param("indicator", d.indicatorCode())
                .param("domain", d.domain().name()).param("type", d.definition().type().name())
                .param("nameEn", d.nameEn()).param("nameZh", d.nameZh()).param("definition", json(d.definition()))
                .param("active", d.active()).update();
    }

    /** Copy the rule's current row into its history. */
    void snapshot(long id, String changedBy) {
        jdbc.sql("""
                insert into rule_version (rule_id, version, indicator_code, domain, type, name_en, name_zh,
                                          definition, active, changed_by)
                select id, version, indicator_code, domain, type, name_en, name_zh, definition, active, :by
                from rule where id = :id
                """).param("id", id).param("by", changedBy).update();
    }

    List<RuleVersion> versions(long id) {
        return jdbc.sql("""
                select version, indicator_code, domain, name_en, name_zh, definition::text as definition, active,
                       changed_by, changed_at
                from rule_version where rule_id = :id order by version desc
                """).param("id", id).query((rs, n) -> new RuleVersion(rs.getInt("version"),
                        rs.getString("indicator_code"), RiskDomain.of(rs.getString("domain")),
                        rs.getString("name_en"), rs.getString("name_zh"), definition(rs.getString("definition")),
                        rs.getBoolean("active"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
