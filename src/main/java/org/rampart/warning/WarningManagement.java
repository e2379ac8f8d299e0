package org.rampart.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warning rules (validated, versioned, audited) and the warnings they raise. Rules are province-wide settings: every
 * signed-in user may read them; administrators and coordinators of the whole tree edit them.
 */
@Service
public class WarningManagement {

    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

    private static final int MAX_TEXT = 2000;

    private final RuleRepository rules;
    private final WarningRepository warnings;
    private final AuditManagement audit;
    private final JurisdictionManagement jurisdictions;
    private final ApplicationEventPublisher events;
    private final RuleEvaluation evaluation;
    private final WarningTimers timers;
    private final Clock clock;
    private final DomainManagement domains;
    private final WarningPolicy policy;

    WarningManagement(RuleRepository rules, WarningRepository warnings, AuditManagement audit,
            JurisdictionManagement jurisdictions, ApplicationEventPublisher events, RuleEvaluation evaluation,
            WarningTimers timers, Optional<Clock> clock, DomainManagement domains, WarningPolicy policy) {
        this.policy = policy;
        this.domains = domains;
        this.evaluation = evaluation;
        this.timers = timers;
        this.rules = rules;
        this.warnings = warnings;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.audit = audit;
        this.jurisdictions = jurisdictions;
    }

    /**
     * List rules by code, all of them or those of one indicator.
     *
     * @param indicatorCode the indicator, or null for every rule
     */
    @Transactional(readOnly = true)
    public List<Rule> rules(Actor actor, String indicatorCode) {
        return rules.list(indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.trim());
    }

    /** Return a rule; throws {@link NotFoundException} when no rule has the code. */
    @Transactional(readOnly = true)
    public Rule rule(Actor actor, String code) {
        return rules.find(code).orElseThrow(() -> new NotFoundException("rule " + code));
    }

    /** Return a rule's versions, newest first. */
    @Transactional(readOnly = true)
    public List<RuleVersion> history(Actor actor, String code) {
        return rules.versions(rule(actor, code).id());
    }

    /**
     * The most serious level of the unresolved warnings below each child of a jurisdiction in the actor's scope,
     * keyed by the child's code; children without warnings are left out. Throws not-found outside the scope.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, WarningLevel> levelsByChild(Actor actor, String parentCode) {
        var parent = jurisdictions.get(actor, parentCode);
        java.util.Map<String, WarningLevel> out = new java.util.LinkedHashMap<>();
        warnings.highestLevelByChild(actor.scopePath(), parent.path()).forEach((code, level) -> out.put(code, WarningLevel.valueOf(level)));
        return out;
    }

    /**
     * List warnings in the actor's scope (filtered in SQL), most serious and most recently changed first. A
     * jurisdiction filter outside the scope is refused exactly like an unknown code ({@code jurisdiction.unknown}).
     */
    @Transactional(readOnly = true)
    public Page<Warning> warnings(Actor actor, WarningFilter filter, PageQuery page) {
        WarningFilter f = filter == null ? WarningFilter.UNRESOLVED : filter;
        String subtree = null;
        if (f.jurisdiction() != null && !f.jurisdiction().isBlank()) {
            String code = f.jurisdiction().trim();
            subtree = jurisdictions.find(actor, code)
                    .orElseThrow(() -> BadInputException.of("jurisdiction", "jurisdiction.unknown", code)).path();
        }
        List<String> codes = f.domain() == null ? null : domains.atOrBelow(domains.known("domain", f.domain().code()))
                .stream().map(RiskDomain::code).toList();
        return warnings.list(actor.scopePath(), f.level(), codes, subtree, f.state(), page);
    }

    /**
     * Look for gaps: evaluate every active missing-data rule, as of {@code now}, for each jurisdiction that has
     * reported its indicator, and raise, upgrade or recover warnings accordingly. Meant for a scheduler; returns the
     * number of warnings that changed.
     */
    public int checkMissingData(Instant now) {
        return evaluation.checkMissingData(now);
    }

    /**
     * Run the escalation pass as the timers do, as of {@code now}: every open warning not acknowledged within its
     * level's deadline climbs one jurisdiction up the tree. Meant for a scheduler and for loading demo data; returns
     * the number of steps taken.
     */
    public int escalateDue(Instant now) {
        return timers.escalate(now);
    }

    /** Who may do what with warnings, rules, silences and CAP messages. */
    public WarningPolicy policy() {
        return policy;
    }

    /** Return true when the actor may acknowledge warnings in their scope. */
    public boolean mayAcknowledge(Actor actor) {
        return policy.mayAcknowledge(actor);
    }

    /** Return true when the actor may assign and resolve warnings in their scope. */
    public boolean mayManage(Actor actor) {
        return policy.mayManage(actor);
    }

    /**
     * Acknowledge an open warning with a comment (required). Throws {@link NotFoundException} outside the scope and
     * {@link ConflictException} unless the warning is open.
     */
    @Transactional
    public Warning acknowledge(Actor actor, long id, String comment) {
        policy.requireAcknowledge(actor);
        String text = requiredText("comment", comment);
        Warning before = lock(actor, id);
        if (before.state() != WarningState.OPEN) {
            throw new ConflictException("warning " + id + " is " + before.state() + ", not OPEN");
        }
        Instant now = clock.instant();
        warnings.acknowledge(id, actor.username(), text, now);
        return changed(actor, before, WarningChanged.Change.ACKNOWLEDGED, text, now, "warning.acknowledge");
    }

    /**
     * Assign a warning that is not resolved to a unit of its jurisdiction, one above it or one below it. Throws
     * {@link BadInputException} naming {@code unit} when the unit is unknown or unrelated.
     */
    @Transactional
    public Warning assign(Actor actor, long id, String unitCode) {
        policy.requireManage(actor);
        Warning before = lock(actor, id);
        if (unitCode == null || unitCode.isBlank()) {
            throw BadInputException.of("unit", "value.required");
        }
        String code = unitCode.trim();
        // A unit the actor cannot see (neither in their scope nor above it) is answered like one that does not exist.
        JurisdictionManagement.UnitRef unit = jurisdictions.unitRef(actor.scope(), code)
                .orElseThrow(() -> BadInputException.of("unit", "unit.unknown", code));
        if (!before.jurisdictionPath().startsWith(unit.jurisdictionPath())
                && !unit.jurisdictionPath().startsWith(before.jurisdictionPath())) {
            throw BadInputException.of("unit", "warning.unit.unrelated", unit.code());
        }
        if (before.state() == WarningState.RESOLVED) {
            throw new ConflictException("warning " + id + " is resolved");
        }
        Instant now = clock.instant();
        warnings.assign(id, unit.id(), unit.code(), now);
        return changed(actor, before, WarningChanged.Change.ASSIGNED, unit.code(), now, "warning.assign");
    }

    /** Resolve a warning with a note (required); it then no longer blocks a new warning of its rule there. */
    @Transactional
    public Warning resolve(Actor actor, long id, String note) {
        policy.requireManage(actor);
        String text = requiredText("note", note);
        Warning before = lock(actor, id);
        if (before.state() == WarningState.RESOLVED) {
            throw new ConflictException("warning " + id + " is already resolved");
        }
        Instant now = clock.instant();
        warnings.resolve(id, actor.username(), text, now);
        return changed(actor, before, WarningChanged.Change.RESOLVED, text, now, "warning.resolve");
    }

    private Warning lock(Actor actor, long id) {
        return warnings.lockInScope(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("warning " + id));
    }

    private Warning changed(Actor actor, Warning before, WarningChanged.Change change, String comment, Instant now,
            String action) {
        Warning after = warnings.find(actor.scopePath(), before.id()).orElseThrow();
        WarningLevel to = change == WarningChanged.Change.RESOLVED ? null : after.level();
        warnings.step(before.id(), change, before.level(), to, null, null, actor.username(), comment, now);
        audit.record(action, "warning", String.valueOf(before.id()), before.jurisdictionPath(), before, after);
        events.publishEvent(new WarningChanged(before.id(), change, before.ruleCode(), before.indicatorCode(),
                before.domain(), before.level(), to, before.jurisdictionId(), before.jurisdictionPath(),
                before.jurisdictionCode(), null, actor.username(), comment, false, now));
        return after;
    }

    private static String requiredText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw BadInputException.of(field, "value.required");
        }
        if (text.trim().length() > MAX_TEXT) {
            throw BadInputException.of(field, "text.too-long", MAX_TEXT);
        }
        return text.trim();
    }

    /** Return a warning in the actor's scope; throws {@link NotFoundException} when there is none. */
    @Transactional(readOnly = true)
    public Warning warning(Actor actor, long id) {
        return warnings.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("warning " + id));
    }

    /**
     * Return how far a warning has escalated, or empty when it has not; throws {@link NotFoundException} when it is
     * not in scope.
     */
    @Transactional(readOnly = true)
    public Optional<WarningEscalation> escalation(Actor actor, long id) {
        return warnings.escalation(warning(actor, id).id()).filter(e -> e.level() > 0 && e.path() != null)
                .map(e -> new WarningEscalation(e.level(), jurisdictions.ref(WarningTimers.lastId(e.path()))
                        .map(JurisdictionRef::code).orElse(null), e.path()));
    }

    /** Return a warning's steps, oldest first; throws {@link NotFoundException} when it is not in scope. */
    @Transactional(readOnly = true)
    public List<WarningStep> steps(Actor actor, long id) {
        return warnings.steps(warning(actor, id).id());
    }

    /** Return every problem of a definition, each named by field; empty when it is valid. */
    public List<Problem> validate(RuleDefinition definition) {
        return RuleValidator.problems(definition);
    }

    /**
     * Return true when the actor may create and edit rules: administrators and coordinators whose scope is the whole
     * tree, since a rule (with its thresholds per jurisdiction) fires everywhere. Others read rules only.
     */
    public boolean mayEdit(Actor actor) {
        return policy.mayEditRules(actor);
    }

    /** Create a rule at version 1; throws {@link BadInputException} naming every problem by field. */
    @Transactional
    public Rule create(Actor actor, RuleDraft draft) {
        policy.requireEditRules(actor);
        List<Problem> problems = problems(draft, null);
        if (draft.code() != null && rules.find(draft.code().trim()).isPresent()) {
            problems.add(0, Problem.at("code", "rule.code.taken"));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("invalid rule", problems);
        }
        RuleDraft clean = trimmed(draft, draft.code());
        long id = rules.insert(clean);
        rules.snapshot(id, actor.username());
        Rule created = rules.find(clean.code()).orElseThrow();
        audit.record("rule.create", "rule", created.code(), null, null, created);
        return created;
    }

    /**
     * Replace a rule's content with a new version; the old version stays in the history. Throws
     * {@link BadInputException} naming every problem by field; the code in the draft is ignored.
     */
    @Transactional
    public Rule update(Actor actor, String code, RuleDraft draft) {
        policy.requireEditRules(actor);
        Rule before = rules.lock(code).orElseThrow(() -> new NotFoundException("rule " + code));
        RuleDraft clean = new RuleDraft(before.code(), draft.indicatorCode(), draft.domain(), draft.nameEn(),
                draft.nameZh(), draft.definition(), draft.active());
        List<Problem> problems = problems(clean, before.domain());
        if (!problems.isEmpty()) {
            throw new BadInputException("invalid rule", problems);
        }
        clean = trimmed(clean, before.code());
        if (sameContent(before, clean)) {
            throw new ConflictException("nothing changed: rule " + code + " is already like this at version "
                    + before.version());
        }
        rules.update(before.id(), before.version() + 1, clean);
        rules.snapshot(before.id(), actor.username());
        Rule after = rules.find(code).orElseThrow();
        audit.record("rule.update", "rule", code, null, before, after);
        return after;
    }

    private static boolean sameContent(Rule r, RuleDraft d) {
        return r.indicatorCode().equals(d.indicatorCode()) && r.domain().equals(d.domain())
                && Objects.equals(r.nameEn(), d.nameEn()) && Objects.equals(r.nameZh(), d.nameZh())
                && r.definition().equals(d.definition()) && r.active() == d.active();
    }

    private static RuleDraft trimmed(RuleDraft d, String code) {
        return new RuleDraft(code.trim(), d.indicatorCode().trim(), d.domain(), trimmedOrNull(d.nameEn()),
                trimmedOrNull(d.nameZh()), d.definition(), d.active());
    }

    private static String trimmedOrNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private List<Problem> problems(RuleDraft d, RiskDomain kept) {
        List<Problem> problems = new ArrayList<>();
        code("code", d.code(), problems);
        code("indicatorCode", d.indicatorCode(), problems);
        domains.usable("domain", d.domain() == null ? null : d.domain().code(), kept, problems);
        Checks.names("nameEn", d.nameEn(), "nameZh", d.nameZh(), 200, problems);
        problems.addAll(RuleValidator.problems(d.definition()));
        if (d.definition() != null) {
            for (int i = 0; i < d.definition().overrides().size(); i++) {
                ThresholdOverride o = d.definition().overrides().get(i);
                if (o != null && o.jurisdiction() != null && !o.jurisdiction().isBlank()
                        && jurisdictions.ref(o.jurisdiction().trim()).isEmpty()) {
                    problems.add(Problem.at("overrides[" + i + "].jurisdiction", "jurisdiction.unknown",
                            o.jurisdiction().trim()));
                }
            }
        }
        return problems;
    }

    private static void code(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.at(field, "value.required"));
        } else if (!CODE.matcher(value.trim()).matches()) {
            problems.add(Problem.at(field, "rule.code.invalid"));
        }
    }
}
