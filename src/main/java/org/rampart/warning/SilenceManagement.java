package org.rampart.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Silences of warnings: coordinators and administrators silence a pattern within their scope for a limited time, with
 * a reason. Matching warnings are still recorded; their {@link WarningChanged} events carry {@code silenced=true} so
 * that nobody is notified. Creating and ending silences is audited.
 */
@Service
public class SilenceManagement {

    /** The longest a silence may last. */
    public static final Duration MAX_DURATION = Duration.ofDays(7);

    /** How long ended and expired silences stay in the list. */
    public static final Duration RECENT = Duration.ofDays(7);

    private static final int MAX_REASON = 2000;

    private final SilenceRepository silences;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final Clock clock;
    private final DomainManagement domains;
    private final WarningPolicy policy;

    SilenceManagement(SilenceRepository silences, JurisdictionManagement jurisdictions, AuditManagement audit,
            Optional<Clock> clock, DomainManagement domains, WarningPolicy policy) {
        this.policy = policy;
        this.domains = domains;
        this.silences = silences;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Return true when the actor may create and end silences in their scope. */
    public boolean maySilence(Actor actor) {
        return policy.mayManage(actor);
    }

    /** List the silences in the actor's scope: the active ones first, then those ended in the last week. */
    @Transactional(readOnly = true)
    public List<Silence> silences(Actor actor) {
        Instant now = clock.instant();
        return silences.list(actor.scopePath(), now, now.minus(RECENT));
    }

    /** Return a silence in the actor's scope; throws {@link NotFoundException} when there is none. */
    @Transactional(readOnly = true)
    public Silence silence(Actor actor, long id) {
        return silences.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("silence " + id));
    }

    /**
     * Create a silence starting now. Throws {@link BadInputException} naming every problem by field, among them a
     * jurisdiction outside the actor's scope, refused like an unknown one.
     */
    @Transactional
    public Silence create(Actor actor, SilenceDraft draft) {
        policy.requireManage(actor);
        List<Problem> problems = new ArrayList<>();
        String ruleCode = blankToNull(draft.ruleCode());
        if (ruleCode != null && ruleCode.length() > 64) {
            problems.add(Problem.at("ruleCode", "text.too-long", 64));
        }
        String code = blankToNull(draft.jurisdiction());
        String path = actor.scopePath();
        if (code != null) {
            Optional<Jurisdiction> ref = jurisdictions.find(actor, code);
            if (ref.isEmpty()) {
                problems.add(Problem.at("jurisdiction", "jurisdiction.unknown", code));
            } else {
                path = ref.get().path();
                code = ref.get().code();
            }
        }
        domains.optionalUsable("domain", draft.domain() == null ? null : draft.domain().code(), null, problems);
        Duration duration = draft.duration();
        if (duration == null) {
            problems.add(Problem.at("duration", "value.required"));
        } else if (duration.isZero() || duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
            problems.add(Problem.at("duration", "silence.duration.range", MAX_DURATION.toDays()));
        }
        String reason = draft.reason() == null ? "" : draft.reason().trim();
        if (reason.isEmpty()) {
            problems.add(Problem.at("reason", "value.required"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(Problem.at("reason", "text.too-long", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("invalid silence", problems);
        }
        Instant now = clock.instant();
        long id = silences.insert(ruleCode, draft.domain(), code, path, draft.minLevel(), reason, actor.username(), now,
                now.plus(duration));
        Silence created = silences.find(actor.scopePath(), id).orElseThrow();
        audit.record("silence.create", "silence", String.valueOf(id), path, null, created);
        return created;
    }

    /** End an active silence now; throws {@link ConflictException} when it has already ended or expired. */
    @Transactional
    public Silence end(Actor actor, long id) {
        policy.requireManage(actor);
        Silence before = silences.lockInScope(actor.scopePath(), id)
                .orElseThrow(() -> new NotFoundException("silence " + id));
        Instant now = clock.instant();
        if (!before.activeAt(now)) {
            throw new ConflictException("silence " + id + " is no longer active");
        }
        silences.end(id, actor.username(), now);
        Silence after = silences.find(actor.scopePath(), id).orElseThrow();
        audit.record("silence.end", "silence", String.valueOf(id), before.jurisdictionPath(), before, after);
        return after;
    }

    /**
     * Return, by warning id, the active silence that mutes each of the warnings now (warnings nobody silences are
     * absent), so that pages can mark them. The warnings are expected to be in the actor's scope already.
     */
    @Transactional(readOnly = true)
    public Map<Long, Silence> silencing(Actor actor, Collection<Warning> warnings) {
        if (warnings.isEmpty()) {
            return Map.of();
        }
        List<Silence> active = silences.activeAround(actor.scopePath(), clock.instant());
        Map<Long, Silence> out = new HashMap<>();
        for (Warning w : warnings) {
            WarningLevel level = w.level() != null ? w.level() : w.lastLevel();
            active.stream().filter(s -> mutes(s, w, level)).findFirst().ifPresent(s -> out.put(w.id(), s));
        }
        return out;
    }

    /** The same test as {@link SilenceRepository#matches}, in memory. */
    private boolean mutes(Silence s, Warning w, WarningLevel level) {
        return (s.ruleCode() == null || s.ruleCode().equals(w.ruleCode()))
                && (s.domain() == null || domains.within(w.domain(), s.domain()))
                && w.jurisdictionPath().startsWith(s.jurisdictionPath())
                && (s.minLevel() == null || (level == null ? WarningLevel.RED : level).compareTo(s.minLevel()) >= 0);
    }

    /** Return true when an active silence matches a change of a warning at {@code now}. */
    boolean silenced(String ruleCode, RiskDomain domain, String jurisdictionPath, WarningLevel level, Instant now) {
        List<String> codes = domains.atOrAbove(domain).stream().map(RiskDomain::code).toList();
        return silences.matches(ruleCode, codes.isEmpty() ? List.of(domain.code()) : codes, jurisdictionPath, level,
                now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
