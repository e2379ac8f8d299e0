package org.rampart.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for routing rules. Lists take the caller's scope path and filter by it. */
@Repository
class RoutingRuleRepository {

    private static final String SELECT = """
            select id, name, domain, min_level, jurisdiction_code, jurisdiction_path, changes, usernames, unit_codes,
                   coordinators, channels, webhook_url, webhook_secret is not null as secret_set, active, updated_at
            from notification_rule
            """;

    private static final RowMapper<RoutingRule> ROW = RoutingRuleRepository::map;

    private final JdbcClient jdbc;

    private final WebhookSecrets secrets;

    RoutingRuleRepository(JdbcClient jdbc, WebhookSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** A validated rule ready to store. */
    record Values(String name, RiskDomain domain, WarningLevel minLevel, String jurisdictionCode,
            String jurisdictionPath, Set<Change> changes, List<String> usernames, List<String> unitCodes,
            boolean coordinators, Set<Channel> channels, String webhookUrl, String webhookSecret, boolean active) {
    }

    private static RoutingRule map(ResultSet rs, int n) throws SQLException {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        for (String s : strings(rs.getArray("changes"))) {
            changes.add(Change.valueOf(s));
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String s : strings(rs.getArray("channels"))) {
            channels.add(Channel.valueOf(s));
        }
        Timestamp updated = rs.getTimestamp("updated_at");
        return new RoutingRule(rs.getLong("id"), rs.getString("name"), RiskDomain.of(rs.getString("domain")),
                WarningLevel.valueOf(rs.getString("min_level")), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_path"), changes, strings(rs.getArray("usernames")),
                strings(rs.getArray("unit_codes")), rs.getBoolean("coordinators"), channels, rs.getString("webhook_url"),
                rs.getBoolean("secret_set"), rs.getBoolean("active"), updated == null ? null : updated.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> list = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                list.add((String) o);
            }
        }
        return list;
    }

    private static String joined(Collection<?> values) {
        return String.join(",", values.stream().map(Object::toString).toList());
    }

    long insert(Values v) {
        return jdbc.sql("""
                insert into notification_rule (name, domain, min_level, jurisdiction_code, jurisdiction_path, changes,
                    usernames, unit_codes, coordinators, channels, webhook_url, webhook_secret, active)
                values (:name, :domain, :level, :code, :path, string_to_array(:changes, ','),
                    string_to_array(:users, ','), string_to_array(:units, ','), :coordinators,
                    string_to_array(:channels, ','), :url, :secret, :active)
                returning id
                """).params(params(v)).query(Long.class).single();
    }

    void update(long id, Values v) {
        var params = params(v);
        params.put("id", id);
        jdbc.sql("""
                update notification_rule set name = :name, domain = :domain, min_level = :level,
                    jurisdiction_code = :code, jurisdiction_path = :path, changes = string_to_array(:changes, ','),
                    usernames = string_to_array(:users, ','), unit_codes = string_to_array(:units, ','),
                    coordinators = :coordinators, channels = string_to_array(:channels, ','), webhook_url = :url,
                    webhook_secret = coalesce(:secret, webhook_secret), active = :active, updated_at = now()
                where id = :id
                """).params(params).update();
    }

    private Map<String, Object> params(Values v) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", v.name());
        p.put("domain", v.domain() == null ? null : v.domain().name());
        p.put("level", v.minLevel().name());
        p.put("code", v.jurisdictionCode());
        p.put("path", v.jurisdictionPath());
        p.put("changes", joined(v.changes()));
        p.put("users", joined(v.usernames()));
        p.put("units", joined(v.unitCodes()));
        p.put("coordinators", v.coordinators());
        p.put("channels", joined(v.channels()));
        p.put("url", v.webhookUrl());
        p.put("secret", secrets.seal(v.webhookSecret()));
        p.put("active", v.active());
        return p;
    }

    void delete(long id) {
        jdbc.sql("delete from notification_rule where id = :id").param("id", id).update();
    }

    Optional<RoutingRule> find(String scope, long id) {
        return jdbc.sql(SELECT + " where id = :id and jurisdiction_path like :scope").param("id", id)
                .param("scope", scope + "%").query(ROW).optional();
    }

    Optional<RoutingRule> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ROW).optional();
    }

    Page<RoutingRule> list(String scope, PageQuery page) {
        long total = jdbc.sql("select count(*) from notification_rule where jurisdiction_path like :scope")
                .param("scope", scope + "%").query(Long.class).single();
        List<RoutingRule> items = jdbc.sql(SELECT + " where jurisdiction_path like :scope order by jurisdiction_path, name, id"
                + " limit :limit offset :offset").param("scope", scope + "%").param("limit", page.size())
                .param("offset", page.offset()).query(ROW).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The active rules whose subtree contains the jurisdiction at this path. */
    List<RoutingRule> covering(String path) {
        return jdbc.sql(SELECT + " where active and :path like jurisdiction_path || '%' order by id")
                .param("path", path).query(ROW).list();
    }

    Optional<String> webhookSecret(long id) {
        return jdbc.sql("select webhook_secret from notification_rule where id = :id").param("id", id)
                .query(String.class).optional().map(secrets::open);
    }

    /** Encrypt the secrets stored before they were encrypted; returns how many were sealed. */
    int sealPlainSecrets() {
        record Plain(long id, String secret) {
        }
        List<Plain> plain = jdbc.sql("select id, webhook_secret from notification_rule where webhook_secret is not null"
                + " and webhook_secret not like 'v1:%'").query((rs, n) -> new Plain(rs.getLong(1), rs.getString(2)))
                .list();
        int sealed = 0;
        for (Plain p : plain) {
            // only if nobody changed it meanwhile (another node starting at the same time)
            sealed += jdbc.sql("update notification_rule set webhook_secret = :sealed where id = :id"
                    + " and webhook_secret = :plain").param("sealed", secrets.seal(p.secret())).param("id", p.id())
                    .param("plain", p.secret()).update();
        }
        return sealed;
    }
}
