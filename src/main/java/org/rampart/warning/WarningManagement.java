package org.rampart.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Permissions;
import org.rampart.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warning rules (validated, versioned, audited) and the warnings they raise. Rules are province-wide settings: every
 * signed-in user may read them; administrators and coordinators of the whole tree edit them.
 */
@Service
public class WarningManagement {

    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

    private final RuleRepository rules;
    private final WarningRepository warnings;
    private final AuditManagement audit;
    private final JurisdictionManagement jurisdictions;

    WarningManagement(RuleRepository rules, WarningRepository warnings, AuditManagement audit,
            JurisdictionManagement jurisdictions) {
        this.rules = rules;
        this.warnings = warnings;
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

    /** Return a warning in the actor's scope; throws {@link NotFoundException} when there is none. */
    @Transactional(readOnly = true)
    public Warning warning(Actor actor, long id) {
        return warnings.find(actor.scopePath(), id).orElseThrow(() -> new NotFoundException("warning " + id));
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

    /** Return true when the actor may create and edit rules. */
    public boolean mayEdit(Actor actor) {
        return !actor.readOnly() && (actor.isAdministrator()
                || actor.has(Role.COORDINATOR) && jurisdictions.coversWholeTree(actor));
    }

    /** Create a rule at version 1; throws {@link BadInputException} naming every problem by field. */
    @Transactional
    public Rule create(Actor actor, RuleDraft draft) {
        requireEditor(actor);
        List<Problem> problems = problems(draft);
        if (draft.code() != null && rules.find(draft.code().trim()).isPresent()) {
            problems.add(0, Problem.field("code", "is taken"));
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
        requireEditor(actor);
        Rule before = rules.lock(code).orElseThrow(() -> new NotFoundException("rule " + code));
        RuleDraft clean = new RuleDraft(before.code(), draft.indicatorCode(), draft.domain(), draft.nameEn(),
                draft.nameZh(), draft.definition(), draft.active());
        List<Problem> problems = problems(clean);
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
        return r.indicatorCode().equals(d.indicatorCode()) && r.domain() == d.domain()
                && r.nameEn().equals(d.nameEn()) && r.nameZh().equals(d.nameZh())
                && r.definition().equals(d.definition()) && r.active() == d.active();
    }

    private void requireEditor(Actor actor) {
        Permissions.requireWrite(actor);
        Permissions.require(actor, Role.ADMINISTRATOR, Role.COORDINATOR);
        if (!mayEdit(actor)) {
            throw new AccessDeniedException("rules apply to the whole tree: only its coordinators may edit them");
        }
    }

    private static RuleDraft trimmed(RuleDraft d, String code) {
        return new RuleDraft(code.trim(), d.indicatorCode().trim(), d.domain(), d.nameEn().trim(), d.nameZh().trim(),
                d.definition(), d.active());
    }

    private List<Problem> problems(RuleDraft d) {
        List<Problem> problems = new ArrayList<>();
        code("code", d.code(), problems);
        code("indicatorCode", d.indicatorCode(), problems);
        if (d.domain() == null) {
            problems.add(Problem.field("domain", "is required"));
        }
        text("nameEn", d.nameEn(), problems);
        text("nameZh", d.nameZh(), problems);
        problems.addAll(RuleValidator.problems(d.definition()));
        if (d.definition() != null) {
            for (int i = 0; i < d.definition().overrides().size(); i++) {
                ThresholdOverride o = d.definition().overrides().get(i);
                if (o != null && o.jurisdiction() != null && !o.jurisdiction().isBlank()
                        && jurisdictions.ref(o.jurisdiction().trim()).isEmpty()) {
                    problems.add(Problem.field("overrides[" + i + "].jurisdiction",
                            "unknown jurisdiction '" + o.jurisdiction().trim() + "'"));
                }
            }
        }
        return problems;
    }

    private static void code(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.field(field, "is required"));
        } else if (!CODE.matcher(value.trim()).matches()) {
            problems.add(Problem.field(field, "must be 1 to 64 letters, digits, '_', '.' or '-', starting with a "
                    + "letter or digit"));
        }
    }

    private static void text(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.field(field, "is required"));
        } else if (value.trim().length() > 200) {
            problems.add(Problem.field(field, "must be at most 200 characters"));
        }
    }
}
