package org.rampart.audit;

import java.sql.Timestamp;
import org.rampart.shared.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("jurisdiction_path"),
            rs.getString("before_state"), rs.getString("after_state"), rs.getString("client_address"),
            rs.getString("request_id"));

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialise writers so that each row links to the one before it. Held until the transaction ends. */
    void lockChain() {
        jdbc.sql("select pg_advisory_xact_lock(7263541)").query().singleRow();
    }

    String lastHash() {
        return jdbc.sql("select hash from audit_entry order by id desc limit 1").query(String.class).optional()
                .orElse(AuditChain.GENESIS);
    }

    void insert(Instant at, String actor, String action, String entityType, String entityId, String path,
            String before, String after, String client, String requestId, String prevHash, String hash) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, jurisdiction_path,
                    before_state, after_state, client_address, request_id, prev_hash, hash)
                values (:at, :actor, :action, :type, :entityId, :path, :before, :after, :client, :requestId, :prev, :hash)
                """)
                .param("at", Timestamp.from(at)).param("actor", actor).param("action", action)
                .param("type", entityType).param("entityId", entityId).param("path", path)
                .param("before", before).param("after", after).param("client", client)
                .param("requestId", requestId).param("prev", prevHash).param("hash", hash)
                .update();
    }

    /** Entries under the scope; with {@code wholeTree} also those of no jurisdiction (settings of the whole tree). */
    Page<AuditEntry> search(Scope scope, boolean wholeTree, AuditFilter f, PageQuery page) {
        StringBuilder where = new StringBuilder(" where (jurisdiction_path like :scope or (:root and jurisdiction_path is null))");
        if (f.actor() != null) {
            where.append(" and actor = :actor");
        }
        if (f.entityType() != null) {
            where.append(" and entity_type = :entityType");
        }
        if (f.entityId() != null) {
            where.append(" and entity_id = :entityId");
        }
        if (f.action() != null) {
            where.append(" and action = :action");
        }
        if (f.from() != null) {
            where.append(" and occurred_at >= :from");
        }
        if (f.to() != null) {
            where.append(" and occurred_at < :to");
        }
        var params = new java.util.HashMap<String, Object>();
        params.put("scope", scope.path() + "%");
        params.put("root", wholeTree);
        params.put("actor", f.actor());
        params.put("entityType", f.entityType());
        params.put("entityId", f.entityId());
        params.put("action", f.action());
        params.put("from", f.from() == null ? null : Timestamp.from(f.from()));
        params.put("to", f.to() == null ? null : Timestamp.from(f.to()));
        params.keySet().removeIf(k -> !where.toString().contains(":" + k));
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<AuditEntry> items = jdbc.sql("select * from audit_entry" + where + " order by id desc limit :limit offset :offset")
                .params(params).query(ENTRY).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Stream every row in chain order, in batches, to the consumer. */
    void forEachInChainOrder(Consumer<StoredRow> consumer) {
        long after = 0;
        while (true) {
            List<StoredRow> batch = new ArrayList<>(jdbc.sql("""
                    select id, occurred_at, actor, action, entity_type, entity_id, jurisdiction_path, before_state,
                           after_state, client_address, request_id, prev_hash, hash
                    from audit_entry where id > :after order by id limit 5000
                    """).param("after", after).query((rs, n) -> new StoredRow(rs.getLong("id"),
                    rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                    rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("jurisdiction_path"),
                    rs.getString("before_state"), rs.getString("after_state"), rs.getString("client_address"),
                    rs.getString("request_id"), rs.getString("prev_hash"), rs.getString("hash"))).list());
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(consumer);
            after = batch.get(batch.size() - 1).id();
        }
    }

    record StoredRow(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
            String path, String before, String after, String client, String requestId, String prevHash, String hash) {
    }
}
