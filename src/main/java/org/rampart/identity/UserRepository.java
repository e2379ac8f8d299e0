package org.rampart.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for users and tokens. User lists take the caller's scope path and filter by it.
 *
 * <p>Read model (STYLE.md rule 21, see {@code package-info.java}): reads the jurisdiction module's {@code jurisdiction}
 * (a user's home jurisdiction: its code and path for {@link User}, the path to filter users and tokens by the caller's
 * scope and to find the coordinators or officers at a jurisdiction) and {@code unit} (the code of a user's unit),
 * and never writes them. A unit's members are found by the unit's id, which the jurisdiction facade gives.
 */
@Repository
class UserRepository {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.roles, j.code as jurisdiction_code, j.path as jurisdiction_path,
                   un.code as unit_code, u.locale, u.active, u.locked_until, u.last_login_at, u.created_at,
                   u.password_hash, u.jurisdiction_id, u.unit_id, u.failed_logins
            from app_user u join jurisdiction j on j.id = u.jurisdiction_id left join unit un on un.id = u.unit_id
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user row with what sign-in needs. */
    record Row(User user, String passwordHash, long jurisdictionId, Long unitId, int failedLogins) {
    }

    private static final RowMapper<Row> ROW = UserRepository::map;

    private static Row map(ResultSet rs, int n) throws SQLException {
        User user = new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                roles(rs.getArray("roles")), rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"),
                rs.getString("unit_code"), rs.getString("locale"), rs.getBoolean("active"),
                instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("last_login_at")),
                instant(rs.getTimestamp("created_at")));
        return new Row(user, rs.getString("password_hash"), rs.getLong("jurisdiction_id"),
                (Long) rs.getObject("unit_id"), rs.getInt("failed_logins"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                Role r = Role.parse((String) o);
                if (r != null) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    Optional<Row> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :u").param("u", username).query(ROW).optional();
    }

    Optional<Row> findInScope(String scope, String username) {
        return jdbc.sql(SELECT + " where u.username = :u and j.path like :scope").param("u", username)
                .param("scope", scope + "%").query(ROW).optional();
    }

    Optional<Row> findById(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(ROW).optional();
    }

    Page<User> list(String scope, String q, Role role, PageQuery page) {
        StringBuilder where = new StringBuilder(" where j.path like :scope");
        var params = new java.util.HashMap<String, Object>();
        params.put("scope", scope + "%");
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(u.username) like :q or lower(u.display_name) like :q)");
            params.put("q", "%" + q.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (role != null) {
            where.append(" and :role = any(u.roles)");
            params.put("role", role.name());
        }
        long total = jdbc.sql("select count(*) from app_user u join jurisdiction j on j.id = u.jurisdiction_id" + where)
                .params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<User> items = jdbc.sql(SELECT + where + " order by u.username limit :limit offset :offset").params(params)
                .query(ROW).list().stream().map(Row::user).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    java.util.Map<Role, Long> countByRole(String scope) {
        java.util.Map<Role, Long> counts = new java.util.EnumMap<>(Role.class);
        jdbc.sql("""
                select r, count(*) as n from app_user u join jurisdiction j on j.id = u.jurisdiction_id,
                     unnest(u.roles) as r
                where j.path like :scope and u.active group by r
                """).param("scope", scope + "%").query(rs -> {
                    Role role = Role.parse(rs.getString("r"));
                    if (role != null) {
                        counts.put(role, rs.getLong("n"));
                    }
                });
        return counts;
    }

    long insert(String username, String displayName, String hash, Set<Role> roles, long jurisdictionId, Long unitId,
            String locale) {
        return jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, jurisdiction_id, unit_id, locale,
                    password_changed_at)
                values (:u, :d, :h, string_to_array(:roles, ','), :j, :unit, :locale, now()) returning id
                """).param("u", username).param("d", displayName).param("h", hash)
                .param("roles", String.join(",", roles.stream().map(Role::name).toList()))
                .param("j", jurisdictionId).param("unit", unitId).param("locale", locale).query(Long.class).single();
    }

    void updateAccess(long id, String displayName, Set<Role> roles, long jurisdictionId, Long unitId) {
        jdbc.sql("""
                update app_user set display_name = :d, roles = string_to_array(:roles, ','), jurisdiction_id = :j,
                    unit_id = :unit, updated_at = now() where id = :id
                """).param("d", displayName).param("roles", String.join(",", roles.stream().map(Role::name).toList()))
                .param("j", jurisdictionId).param("unit", unitId).param("id", id).update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update app_user set active = :a, updated_at = now() where id = :id").param("a", active).param("id", id).update();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("""
                update app_user set password_hash = :h, password_changed_at = now(), failed_logins = 0,
                    locked_until = null, updated_at = now() where id = :id
                """).param("h", hash).param("id", id).update();
    }

    void setLocale(long id, String locale) {
        jdbc.sql("update app_user set locale = :l where id = :id").param("l", locale).param("id", id).update();
    }

    /** Count a failed sign-in; returns the new count. */
    int recordFailure(long id) {
        return jdbc.sql("update app_user set failed_logins = failed_logins + 1 where id = :id returning failed_logins")
                .param("id", id).query(Integer.class).single();
    }

    void lockUntil(long id, Instant until) {
        jdbc.sql("update app_user set locked_until = :t where id = :id").param("t", Timestamp.from(until)).param("id", id).update();
    }

    void recordSuccess(long id) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = now() where id = :id")
                .param("id", id).update();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    // --- tokens ---

    private static final String SELECT_TOKEN = """
            select t.id, u.username, t.name, t.prefix, t.read_only, t.expires_at, t.last_used_at, t.created_at, t.revoked_at
            from api_token t join app_user u on u.id = t.user_id join jurisdiction j on j.id = u.jurisdiction_id
            """;

    private static final RowMapper<ApiToken> TOKEN = (rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("username"),
            rs.getString("name"), rs.getString("prefix"), rs.getBoolean("read_only"),
            rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
            rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("revoked_at")));

    long insertToken(long userId, String name, String hash, String prefix, boolean readOnly, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (user_id, name, token_hash, prefix, read_only, expires_at)
                values (:u, :n, :h, :p, :r, :e) returning id
                """).param("u", userId).param("n", name).param("h", hash).param("p", prefix).param("r", readOnly)
                .param("e", Timestamp.from(expiresAt)).query(Long.class).single();
    }

    Optional<ApiToken> token(String scope, long id) {
        return jdbc.sql(SELECT_TOKEN + " where t.id = :id and j.path like :scope").param("id", id)
                .param("scope", scope + "%").query(TOKEN).optional();
    }

    List<ApiToken> tokensOf(long userId) {
        return jdbc.sql(SELECT_TOKEN + " where t.user_id = :u order by t.created_at desc").param("u", userId).query(TOKEN).list();
    }

    Page<ApiToken> tokensInScope(String scope, PageQuery page) {
        long total = jdbc.sql("""
                select count(*) from api_token t join app_user u on u.id = t.user_id
                join jurisdiction j on j.id = u.jurisdiction_id where j.path like :scope
                """).param("scope", scope + "%").query(Long.class).single();
        List<ApiToken> items = jdbc.sql(SELECT_TOKEN + " where j.path like :scope order by t.created_at desc limit :l offset :o")
                .param("scope", scope + "%").param("l", page.size()).param("o", page.offset()).query(TOKEN).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The owner's user id of a usable token with this hash, with its read-only flag. */
    Optional<TokenOwner> tokenOwner(String hash) {
        return jdbc.sql("""
                select t.id, t.user_id, t.read_only from api_token t
                where t.token_hash = :h and t.revoked_at is null and t.expires_at > now()
                """).param("h", hash).query((rs, n) -> new TokenOwner(rs.getLong("id"), rs.getLong("user_id"),
                rs.getBoolean("read_only"))).optional();
    }

    record TokenOwner(long tokenId, long userId, boolean readOnly) {
    }

    void touchToken(long id) {
        jdbc.sql("update api_token set last_used_at = now() where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')")
                .param("id", id).update();
    }

    void revokeToken(long id) {
        jdbc.sql("update api_token set revoked_at = now() where id = :id and revoked_at is null").param("id", id).update();
    }

    Optional<Long> tokenUserId(long tokenId) {
        return jdbc.sql("select user_id from api_token where id = :id").param("id", tokenId).query(Long.class).optional();
    }

    private static final String CONTACT = """
            select u.id, u.username, u.locale, u.email from app_user u join jurisdiction j on j.id = u.jurisdiction_id
            where u.active
            """;

    private static final RowMapper<UserContact> CONTACT_ROW = (rs, n) -> new UserContact(rs.getLong("id"),
            rs.getString("username"), rs.getString("locale"), rs.getString("email"));

    List<UserContact> contacts(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CONTACT + " and u.username in (:names) order by u.username").param("names", usernames)
                .query(CONTACT_ROW).list();
    }

    /** The active members of the unit with this id (the jurisdiction module's facade names the unit). */
    List<UserContact> unitMembers(long unitId) {
        return jdbc.sql(CONTACT + " and u.unit_id = :unit order by u.username").param("unit", unitId)
                .query(CONTACT_ROW).list();
    }

    List<UserContact> withRoleAt(Role role, String jurisdictionPath) {
        return jdbc.sql(CONTACT + " and j.path = :path and :role = any(u.roles) order by u.username")
                .param("path", jurisdictionPath).param("role", role.name()).query(CONTACT_ROW).list();
    }

    /** The active users among these names whose home jurisdiction lies in the scope or on its path to the root. */
    List<UserContact> contactsVisibleFrom(String scope, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CONTACT + """
                 and u.username in (:names) and (j.path like :below or :scope like j.path || '%')
                 order by u.username
                """).param("names", usernames).param("below", scope + "%").param("scope", scope)
                .query(CONTACT_ROW).list();
    }

    Optional<String> email(long id) {
        return jdbc.sql("select email from app_user where id = :id").param("id", id).query(String.class).optional();
    }

    void setEmail(long id, String email) {
        jdbc.sql("update app_user set email = :e, updated_at = now() where id = :id").param("e", email).param("id", id)
                .update();
    }
}
