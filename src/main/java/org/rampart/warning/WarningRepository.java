package org.rampart.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for warnings and their steps. Every read that users see takes a scope path and filters by it.
 *
 * <p>Read model (STYLE.md rule 21, see {@code package-info.java}): {@link #highestLevelByChild} reads the
 * jurisdiction module's {@code jurisdiction} (the children of a place, with their paths) for the map, and never
 * writes it; every other query reads the warning module's own tables.
 */
@Repository
class WarningRepository {

    private static final String COLUMNS = """
            w.id, w.rule_code, w.indicator_code, w.domain, w.jurisdiction_id, w.jurisdiction_code,
                   w.jurisdiction_path, w.state, w.level, w.last_level, w.highest_level, w.explanation, w.raised_at,
                   w.changed_at, w.acknowledged_at, w.acknowledged_by, w.acknowledge_comment, w.assigned_unit_code,
                   w.resolved_at, w.resolved_by, w.resolve_note
            """;

    static final String SELECT = "select " + COLUMNS + " from warning w\n";

    private final JdbcClient jdbc;

    WarningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Warning map(ResultSet rs, int n) throws SQLException {
        return new Warning(rs.getLong("id"), rs.getString("rule_code"), rs.getString("indicator_code"),
                RiskDomain.of(rs.getString("domain")), rs.getLong("jurisdiction_id"),
                rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"),
                WarningState.valueOf(rs.getString("state")), level(rs.getString("level")),
                level(rs.getString("last_level")), level(rs.getString("highest_level")), rs.getString("explanation"),
                instant(rs.getTimestamp("raised_at")), instant(rs.getTimestamp("changed_at")),
                instant(rs.getTimestamp("acknowledged_at")), rs.getString("acknowledged_by"),
                rs.getString("acknowledge_comment"), rs.getString("assigned_unit_code"),
                instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by"), rs.getString("resolve_note"));
    }

    static WarningLevel level(String name) {
        return name == null ? null : WarningLevel.valueOf(name);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** Serialise evaluations of one rule and jurisdiction across transactions until this one ends. */
    void lock(long ruleId, long jurisdictionId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('warning:' || :rule || ':' || :jurisdiction, 0))")
                .param("rule", ruleId).param("jurisdiction", jurisdictionId).query((rs, n) -> 1).list();
    }

    /** A rule and a jurisdiction. */
    record Pair(long ruleId, long jurisdictionId) {
    }

    /**
     * {@link #lock} for many pairs in one statement, taken in the order of their lock keys so that two batches
     * touching the same pairs wait for each other instead of deadlocking.
     */
    void lock(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        jdbc.sql("""
                select pg_advisory_xact_lock(k) from (
                    select hashtextextended('warning:' || r || ':' || j, 0) as k
                    from unnest(:rules::bigint[], :jurisdictions::bigint[]) as u(r, j) order by 1) keys
                """).param("rules", pairs.stream().map(Pair::ruleId).toArray(Long[]::new))
                .param("jurisdictions", pairs.stream().map(Pair::jurisdictionId).toArray(Long[]::new))
                .query((rs, n) -> 1).list();
    }

    /** {@link #current} for many pairs in one statement; pairs without an unresolved warning are absent. */
    Map<Pair, Current> current(List<Pair> pairs) {
        Map<Pair, Current> found = new HashMap<>();
        if (pairs.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select w.rule_id, w.jurisdiction_id, w.id, w.state, w.level, w.last_level, w.lower_count, w.pending_level
                from warning w join unnest(:rules::bigint[], :jurisdictions::bigint[]) as u(r, j)
                  on w.rule_id = u.r and w.jurisdiction_id = u.j
                where w.state <> 'RESOLVED'
                order by w.id
                for update of w
                """).param("rules", pairs.stream().map(Pair::ruleId).toArray(Long[]::new))
                .param("jurisdictions", pairs.stream().map(Pair::jurisdictionId).toArray(Long[]::new))
                .query((rs, n) -> found.put(new Pair(rs.getLong(1), rs.getLong(2)), new Current(rs.getLong(3),
                        WarningState.valueOf(rs.getString(4)), level(rs.getString(5)), level(rs.getString(6)),
                        rs.getInt(7), level(rs.getString(8)))))
                .list();
        return found;
    }

    /** The rule's evaluation state kept on its unresolved warning. */
    record Current(long id, WarningState state, WarningLevel level, WarningLevel lastLevel, int lowerCount,
            WarningLevel pending) {

        RuleState ruleState() {
            return state == WarningState.RECOVERED ? RuleState.NONE : new RuleState(level, lowerCount, pending);
        }
    }

    Optional<Current> current(long ruleId, long jurisdictionId) {
        return jdbc.sql("""
                select id, state, level, last_level, lower_count, pending_level from warning
                where rule_id = :rule and jurisdiction_id = :jurisdiction and state <> 'RESOLVED'
                for update
                """).param("rule", ruleId).param("jurisdiction", jurisdictionId)
                .query((rs, n) -> new Current(rs.getLong(1), WarningState.valueOf(rs.getString(2)),
                        level(rs.getString(3)), level(rs.getString(4)), rs.getInt(5), level(rs.getString(6))))
                .optional();
    }

    record NewWarning(Rule rule, long jurisdictionId, String jurisdictionCode, String jurisdictionPath,
            WarningLevel level, String explanation, Instant at) {
    }

    long insert(NewWarning w) {
        return jdbc.sql("""
                insert into warning (rule_id, rule_version, rule_code, indicator_code, domain, jurisdiction_id,
                                     jurisdiction_code, jurisdiction_path, state, level, highest_level, last_level,
                                     explanation, raised_at, changed_at)
                values (:rule, :version, :code, :indicator, :domain, :jurisdiction, :jurisdictionCode, :path, 'OPEN',
                        :level, :level, :level, :explanation, :at, :at)
                returning id
                """).param("rule", w.rule().id()).param("version", w.rule().version()).param("code", w.rule().code())
                .param("indicator", w.rule().indicatorCode()).param("domain", w.rule().domain().name())
                .param("jurisdiction", w.jurisdictionId()).param("jurisdictionCode", w.jurisdictionCode())
                .param("path", w.jurisdictionPath()).param("level", w.level().name())
                .param("explanation", w.explanation()).param("at", Timestamp.from(w.at()))
                .query(Long.class).single();
    }

    /**
     * Move an unresolved warning to a new level (null: recovered). Raising a recovered warning again and upgrading
     * reopen it for acknowledgement at the new level.
     */
    void changeLevel(long id, int ruleVersion, WarningState state, WarningLevel level, String explanation,
            Instant at, boolean clearAcknowledgement) {
        jdbc.sql("""
                update warning set state = :state, level = cast(:level as varchar),
                       last_level = coalesce(cast(:level as varchar), last_level),
                       highest_level = case when array_position(array['BLUE','YELLOW','ORANGE','RED'],
                           cast(:level as varchar)) > array_position(array['BLUE','YELLOW','ORANGE','RED'],
                           highest_level) then cast(:level as varchar) else highest_level end,
                       lower_count = 0, pending_level = null, explanation = :explanation, changed_at = :at,
                       rule_version = :version,
                       acknowledged_at = case when :clear then null else acknowledged_at end,
                       acknowledged_by = case when :clear then null else acknowledged_by end,
                       acknowledge_comment = case when :clear then null else acknowledge_comment end,
                       escalation_due_from = case when :clear then :at else escalation_due_from end
                where id = :id
                """).param("id", id).param("version", ruleVersion).param("state", state.name())
                .param("level", name(level)).param("explanation", explanation).param("at", Timestamp.from(at))
                .param("clear", clearAcknowledgement).update();
    }

    void hold(long id, int lowerCount, WarningLevel pending) {
        jdbc.sql("update warning set lower_count = :count, pending_level = cast(:pending as varchar) where id = :id")
                .param("id", id).param("count", lowerCount).param("pending", name(pending)).update();
    }

    void step(long warningId, WarningChanged.Change change, WarningLevel from, WarningLevel to, Long observationId,
            String explanation, String actor, String comment, Instant at) {
        jdbc.sql("""
                insert into warning_step (warning_id, change, level_from, level_to, observation_id, explanation,
                                          actor, comment, at)
                values (:warning, :change, cast(:from as varchar), cast(:to as varchar), cast(:observation as bigint),
                        :explanation, :actor, cast(:comment as text), :at)
                """).param("warning", warningId).param("change", change.name()).param("from", name(from))
                .param("to", name(to)).param("observation", observationId).param("explanation", explanation)
                .param("actor", actor).param("comment", comment).param("at", Timestamp.from(at)).update();
    }

    List<WarningStep> steps(long warningId) {
        return jdbc.sql("""
                select id, change, level_from, level_to, observation_id, explanation, actor, comment, at
                from warning_step where warning_id = :warning order by id
                """).param("warning", warningId).query((rs, n) -> new WarningStep(rs.getLong("id"),
                        WarningChanged.Change.valueOf(rs.getString("change")), level(rs.getString("level_from")),
                        level(rs.getString("level_to")), (Long) rs.getObject("observation_id"),
                        rs.getString("explanation"), rs.getString("actor"), rs.getString("comment"),
                        rs.getTimestamp("at").toInstant())).list();
    }

    /**
     * List warnings within the scope, optionally within a subtree, most serious and most recently changed first.
     *
     * @param domains the domains to include, or null for all
     * @param subtree a jurisdiction path within which to list, or null
     */
    Page<Warning> list(String scope, WarningLevel level, List<String> domains, String subtree, WarningState state,
            PageQuery page) {
        StringBuilder where = new StringBuilder(" where w.jurisdiction_path like :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        if (subtree != null) {
            where.append(" and w.jurisdiction_path like :subtree");
            params.put("subtree", subtree + "%");
        }
        if (level != null) {
            where.append(" and w.level = :level");
            params.put("level", level.name());
        }
        if (domains != null) {
            where.append(" and w.domain in (:domains)");
            params.put("domains", domains);
        }
        if (state == null) {
            where.append(" and w.state <> 'RESOLVED'");
        } else {
            where.append(" and w.state = :state");
            params.put("state", state.name());
        }
        long total = jdbc.sql("select count(*) from warning w" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Warning> items = jdbc.sql(SELECT + where + """
                 order by array_position(array['BLUE','YELLOW','ORANGE','RED'], coalesce(w.level, w.last_level)::text)
                          desc, w.changed_at desc, w.id desc
                 limit :limit offset :offset
                """).params(params).query(WarningRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Lock a warning in the scope for a change by a person. */
    Optional<Warning> lockInScope(String scope, long id) {
        return jdbc.sql(SELECT + " where w.id = :id and w.jurisdiction_path like :scope for update")
                .param("id", id).param("scope", scope + "%").query(WarningRepository::map).optional();
    }

    void acknowledge(long id, String by, String comment, Instant at) {
        jdbc.sql("""
                update warning set state = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by,
                       acknowledge_comment = :comment, changed_at = :at
                where id = :id
                """).param("id", id).param("by", by).param("comment", comment).param("at", Timestamp.from(at))
                .update();
    }

    void assign(long id, long unitId, String unitCode, Instant at) {
        jdbc.sql("update warning set assigned_unit_id = :unit, assigned_unit_code = :code, changed_at = :at where id = :id")
                .param("id", id).param("unit", unitId).param("code", unitCode).param("at", Timestamp.from(at))
                .update();
    }

    void resolve(long id, String by, String note, Instant at) {
        jdbc.sql("""
                update warning set state = 'RESOLVED', level = null, lower_count = 0, pending_level = null,
                       resolved_at = :at, resolved_by = :by, resolve_note = :note, changed_at = :at
                where id = :id
                """).param("id", id).param("by", by).param("note", note).param("at", Timestamp.from(at)).update();
    }

    Optional<Warning> find(String scope, long id) {
        return jdbc.sql(SELECT + " where w.id = :id and w.jurisdiction_path like :scope")
                .param("id", id).param("scope", scope + "%").query(WarningRepository::map).optional();
    }

    /** A warning whose acknowledgement deadline has passed, locked until the transaction ends. */
    record DueEscalation(Warning warning, int escalationLevel, String targetPath, Instant dueFrom) {
    }

    /**
     * Lock (skipping rows other transactions hold) up to {@code limit} open warnings whose acknowledgement deadline
     * for their level has passed by {@code now} and that are not yet escalated to the root.
     *
     * @param deadlines seconds per level name
     */
    List<DueEscalation> lockDueEscalations(Map<String, Long> deadlines, Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                     , w.escalation_level, coalesce(w.escalated_to_path, w.jurisdiction_path) as target_path,
                       coalesce(w.escalation_due_from, w.raised_at) as due_from
                from warning w
                where w.state = 'OPEN' and w.level is not null
                  and coalesce(w.escalated_to_path, w.jurisdiction_path) ~ '^/[0-9]+/[0-9]+/'
                  and coalesce(w.escalation_due_from, w.raised_at) + make_interval(secs => case w.level
                        when 'RED' then :red when 'ORANGE' then :orange when 'YELLOW' then :yellow
                        else :blue end) <= :now
                order by w.id
                limit :limit
                for update of w skip locked
                """).param("red", deadlines.get("RED")).param("orange", deadlines.get("ORANGE"))
                .param("yellow", deadlines.get("YELLOW")).param("blue", deadlines.get("BLUE"))
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new DueEscalation(map(rs, n), rs.getInt("escalation_level"),
                        rs.getString("target_path"), rs.getTimestamp("due_from").toInstant()))
                .list();
    }

    /** Record that a warning escalated to a jurisdiction; its next deadline starts at {@code dueFrom}. */
    void escalate(long id, int level, String toPath, Instant dueFrom) {
        jdbc.sql("""
                update warning set escalation_level = :level, escalated_to_path = :path,
                       escalation_due_from = :from
                where id = :id
                """).param("id", id).param("level", level).param("path", toPath)
                .param("from", Timestamp.from(dueFrom)).update();
    }

    /** Set the jurisdiction an ESCALATED step escalated to on the warning's newest step. */
    void stepTarget(long warningId, String targetPath) {
        jdbc.sql("""
                update warning_step set target_path = :path
                where id = (select max(id) from warning_step where warning_id = :warning)
                """).param("warning", warningId).param("path", targetPath).update();
    }

    /** Return the escalation of a warning: how many steps up the tree and to which path (null: not escalated). */
    record Escalation(int level, String path) {
    }

    Optional<Escalation> escalation(long id) {
        return jdbc.sql("select escalation_level, escalated_to_path from warning where id = :id").param("id", id)
                .query((rs, n) -> new Escalation(rs.getInt(1), rs.getString(2))).optional();
    }

    /** An unresolved warning due for a reminder, locked until the transaction ends. */
    record DueReminder(Warning warning, int remindersSent) {
    }

    /**
     * Lock (skipping rows other transactions hold) up to {@code limit} unresolved warnings whose next reminder is due
     * by {@code now}; the first is due {@code firstSeconds} after the warning was raised.
     */
    List<DueReminder> lockDueReminders(long firstSeconds, Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                     , w.reminders_sent
                from warning w
                where w.state <> 'RESOLVED'
                  and coalesce(w.next_reminder_at, w.raised_at + make_interval(secs => :first)) <= :now
                order by w.id
                limit :limit
                for update of w skip locked
                """).param("first", firstSeconds).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new DueReminder(map(rs, n), rs.getInt("reminders_sent"))).list();
    }

    void reminded(long id, int remindersSent, Instant next) {
        jdbc.sql("update warning set reminders_sent = :sent, next_reminder_at = :next where id = :id")
                .param("id", id).param("sent", remindersSent).param("next", Timestamp.from(next)).update();
    }

    /** Try to take a lock named {@code name} until this transaction ends; false when another holds it. */
    boolean tryPassLock(String name) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:name, 0))").param("name", name)
                .query(Boolean.class).single();
    }

    /**
     * The most serious level among unresolved warnings in each child's subtree, for the children of a parent in the
     * scope. Read model: reads the jurisdiction module's {@code jurisdiction} for the children's paths, scoped in SQL.
     */
    java.util.Map<String, String> highestLevelByChild(String scope, String parentPath) {
        java.util.Map<String, String> levels = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select c.code,
                       max(case coalesce(w.level, w.last_level) when 'BLUE' then 1 when 'YELLOW' then 2
                           when 'ORANGE' then 3 when 'RED' then 4 end) as rank
                from jurisdiction c
                join warning w on w.jurisdiction_path like c.path || '%' and w.state <> 'RESOLVED' and w.level is not null
                where c.path like :parent and c.path <> :parentPath and c.path not like :grandchildren
                  and c.path like :scope and c.active
                group by c.code
                """).param("parent", parentPath + "%").param("parentPath", parentPath)
                .param("grandchildren", parentPath + "%/%/").param("scope", scope + "%")
                .query(rs -> {
                    levels.put(rs.getString("code"), new String[] {null, "BLUE", "YELLOW", "ORANGE", "RED"}[rs.getInt("rank")]);
                });
        return levels;
    }
}
