package org.rampart.audit;

import java.time.Clock;
import java.time.Instant;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.rampart.shared.TreeScope;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Write and read the audit log. Writes join the caller's transaction, so a change and its audit entry commit together.
 */
@Service
public class AuditManagement {

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;
    private final TreeScope treeScope;

    AuditManagement(AuditRepository repository, JsonMapper json, java.util.Optional<Clock> clock,
            ObjectProvider<TreeScope> treeScope) {
        this.repository = repository;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
        // Looked up lazily: the module owning the tree depends on this one, so it cannot be a constructor argument.
        this.treeScope = actor -> treeScope.getIfAvailable(() -> a -> false).coversWholeTree(actor);
    }

    /**
     * Record a change by the current actor (or the system when nobody is signed in).
     *
     * @param before the state before the change, or null for a creation; serialised as JSON
     * @param after the state after the change, or null for a deletion; serialised as JSON
     * @param jurisdictionPath materialised path of the jurisdiction the record belongs to, or null for global records
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String entityType, String entityId, String jurisdictionPath, Object before, Object after) {
        String actor = CurrentActor.find().map(Actor::username).orElse(Actor.system().username());
        recordAs(actor, action, entityType, entityId, jurisdictionPath, before, after);
    }

    /** Record an event whose actor is named explicitly, such as a failed sign-in by a username. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String entityType, String entityId, String jurisdictionPath,
            Object before, Object after) {
        Instant at = AuditChain.normalise(clock.instant());
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String client = MDC.get("clientAddress");
        String requestId = MDC.get("requestId");
        String actorName = truncate(actor, 64);
        repository.lockChain();
        String prev = repository.lastHash();
        String hash = AuditChain.hash(prev, at, actorName, action, entityType, entityId, jurisdictionPath, beforeJson,
                afterJson, client, requestId);
        repository.insert(at, actorName, action, entityType, entityId, jurisdictionPath, beforeJson, afterJson, client,
                requestId, prev, hash);
    }

    /**
     * List entries in the actor's scope, newest first. Administrators, coordinators and inspectors may read it; changes
     * to settings of the whole tree (taxonomy, risk matrix, grading and warning rules: entries without a jurisdiction)
     * only those whose scope is the whole tree.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(Actor actor, AuditFilter filter, PageQuery page) {
        requireReader(actor);
        return repository.search(actor.scope(), wholeTree(actor), filter, page);
    }

    private boolean wholeTree(Actor actor) {
        return actor.scope().isWholeTree() || treeScope.coversWholeTree(actor);
    }

    /** Throw access denied unless the actor may read the log of their scope. */
    public void requireReader(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, Role.COORDINATOR, Role.INSPECTOR);
    }

    /** The actor's own latest entries, for users who may not read the whole log. */
    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> recentOwn(Actor actor, int limit) {
        AuditFilter own = new AuditFilter(actor.username(), null, null, null, null, null);
        return repository.search(actor.scope(), wholeTree(actor), own, new PageQuery(0, limit)).items();
    }

    /** True when the actor may verify the chain: an administrator with the whole tree in scope. */
    public boolean mayVerify(Actor actor) {
        return actor.isAdministrator() && wholeTree(actor);
    }

    /**
     * Recompute the whole chain on behalf of a user. Only an administrator with the whole tree in scope may, since the
     * answer speaks about every entry; others get access denied.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR);
        if (!mayVerify(actor)) {
            throw new AccessDeniedException("verifying the audit log needs the whole tree in scope");
        }
        return verify();
    }

    /** Recompute the whole chain and report the first row that does not match. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var state = new Object() {
            long checked;
            String prev = AuditChain.GENESIS;
            Long broken;
            String problem;
        };
        repository.forEachInChainOrder(row -> {
            if (state.broken != null) {
                return;
            }
            state.checked++;
            if (!row.prevHash().equals(state.prev)) {
                state.broken = row.id();
                state.problem = "link to the previous entry does not match (an entry before it was removed or altered)";
                return;
            }
            String expected = AuditChain.hash(row.prevHash(), row.occurredAt(), row.actor(), row.action(),
                    row.entityType(), row.entityId(), row.path(), row.before(), row.after(), row.client(), row.requestId());
            if (!expected.equals(row.hash())) {
                state.broken = row.id();
                state.problem = "content does not match its hash (the entry was altered)";
                return;
            }
            state.prev = row.hash();
        });
        return new AuditVerification(state.checked, state.broken, state.problem);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        return json.writeValueAsString(value);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
