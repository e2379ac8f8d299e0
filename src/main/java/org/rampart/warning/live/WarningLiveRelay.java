package org.rampart.warning.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.rampart.warning.WarningChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announce warning changes to every Rampart node through PostgreSQL {@code NOTIFY}, after the transaction that made
 * them commits (a rolled-back change is never announced). A plain listener rather than a transactional one, so the
 * announcement adds no row to the event publication registry on the ingestion path: a change whose announcement is
 * lost (the process dies right after commit) is still on the board at its next reload.
 */
@Component
@EnableConfigurationProperties(WarningLiveSettings.class)
@ConditionalOnProperty(name = "rampart.live.enabled", havingValue = "true", matchIfMissing = true)
class WarningLiveRelay {

    /** Beyond this many changes in one transaction, changes are announced per jurisdiction subtree. */
    static final int MAX_NAMED = 200;

    private static final Logger LOG = LoggerFactory.getLogger(WarningLiveRelay.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;

    WarningLiveRelay(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    void on(WarningChanged event) {
        WarningLiveChange change = WarningLiveChange.of(event);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(List.of(change));
            return;
        }
        @SuppressWarnings("unchecked")
        List<WarningLiveChange> pending = (List<WarningLiveChange>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<WarningLiveChange> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WarningLiveRelay.this);
                    if (status == STATUS_COMMITTED) {
                        send(fresh);
                    }
                }
            });
            pending = fresh;
        }
        pending.add(change);
    }

    /**
     * Send on a connection of its own in auto-commit mode: at this point the committed transaction's connection is
     * still bound to the thread and must not be used.
     */
    void send(List<WarningLiveChange> changes) {
        List<WarningLiveChange> shown = condense(changes);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select pg_notify('" + WarningLiveSettings.CHANNEL
                        + "', p) from unnest(?::text[]) p")) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            s.setArray(1, c.createArrayOf("text", shown.stream().map(JSON::writeValueAsString).toArray()));
            s.execute();
        } catch (SQLException | RuntimeException e) {
            // The change is stored; boards see it at their next reload.
            LOG.warn("could not announce {} warning change(s) to live boards: {}", changes.size(), e.toString());
        }
    }

    /**
     * Keep a large batch small: beyond {@link #MAX_NAMED} changes, announce counts per jurisdiction, and climb the
     * tree until few enough subtrees remain. Scope filtering on the receiving side still works on each path.
     */
    static List<WarningLiveChange> condense(List<WarningLiveChange> changes) {
        if (changes.size() <= MAX_NAMED) {
            return changes;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WarningLiveChange c : changes) {
            counts.merge(c.path(), 1, Integer::sum);
        }
        while (counts.size() > MAX_NAMED) {
            Map<String, Integer> up = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                up.merge(parent(e.getKey()), e.getValue(), Integer::sum);
            }
            if (up.size() == counts.size()) {
                break;
            }
            counts = up;
        }
        List<WarningLiveChange> out = new ArrayList<>();
        counts.forEach((path, n) -> out.add(WarningLiveChange.many(path, n)));
        return out;
    }

    /** The parent of '/1/7/42/' is '/1/7/'; the root path '/1/' stays. */
    static String parent(String path) {
        int end = path.lastIndexOf('/', path.length() - 2);
        return end <= 0 ? path : path.substring(0, end + 1);
    }
}
