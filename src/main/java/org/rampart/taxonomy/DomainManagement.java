package org.rampart.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Permissions;
import org.rampart.shared.RiskDomain;
import org.rampart.shared.Role;
import org.rampart.shared.TreeScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one list of domains. Every module takes a domain from here: {@link #usable} for a new or changed record (known
 * and active, or the record's own domain kept), {@link #known} for a filter (inactive domains still filter their old
 * records), {@link #atOrBelow} for "this domain and its sub-domains". Everybody signed in reads the taxonomy; only an
 * administrator whose scope is the whole tree changes it, and every change is audited with before and after.
 */
@Service
@Transactional(readOnly = true)
public class DomainManagement {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    static final int MAX_NAME = 200;

    private final DomainRepository repository;
    private final AuditManagement audit;
    private final TreeScope treeScope;

    DomainManagement(DomainRepository repository, AuditManagement audit, TreeScope treeScope) {
        this.repository = repository;
        this.audit = audit;
        this.treeScope = treeScope;
    }

    /** Return every domain, parents before their children, inactive domains included. */
    public List<RiskDomainEntry> all() {
        return repository.all();
    }

    /**
     * Return the domains a select offers: the active ones, plus {@code kept} (a record's current domain, may be null)
     * even when it is inactive, so that editing the record does not lose it.
     */
    public List<RiskDomainEntry> choices(RiskDomain kept) {
        return all().stream().filter(d -> d.active() || (kept != null && d.code().equals(kept.code()))).toList();
    }

    /** Find a domain of the taxonomy, active or not; empty for null or an unknown code. */
    public Optional<RiskDomainEntry> find(RiskDomain domain) {
        return domain == null ? Optional.empty() : repository.find(domain.code());
    }

    /**
     * Read a domain a filter names: null for a blank text; a domain of the taxonomy (active or not) otherwise, or
     * {@code domain.unknown} at the field.
     */
    public RiskDomain known(String field, String text) {
        List<Problem> problems = new ArrayList<>();
        RiskDomain d = known(field, text, problems);
        BadInputException.throwIfAny(problems);
        return d;
    }

    /** Form of {@link #known(String, String)} that adds its problem to the list and returns null. */
    public RiskDomain known(String field, String text, List<Problem> problems) {
        RiskDomain d = RiskDomain.of(text);
        if (d != null && find(d).isEmpty()) {
            problems.add(Problem.at(field, "domain.unknown", text.trim()));
            return null;
        }
        return d;
    }

    /**
     * Read the domain a new or changed record takes: required; known ({@code domain.unknown}) and active
     * ({@code domain.inactive}), except that the record's current domain {@code kept} (null for a new record) stays
     * allowed after it was deactivated. Adds the problem at the field and returns null when refused.
     */
    public RiskDomain usable(String field, String text, RiskDomain kept, List<Problem> problems) {
        if (!Checks.required(field, text, problems)) {
            return null;
        }
        return optionalUsable(field, text, kept, problems);
    }

    /** Form of {@link #usable} for a record whose domain may be left out (a routing rule, a silence): null for blank. */
    public RiskDomain optionalUsable(String field, String text, RiskDomain kept, List<Problem> problems) {
        RiskDomain d = RiskDomain.of(text);
        if (d == null) {
            return null;
        }
        Optional<RiskDomainEntry> entry = find(d);
        if (entry.isEmpty()) {
            problems.add(Problem.at(field, "domain.unknown", text.trim()));
            return null;
        }
        if (!entry.get().active() && !d.equals(kept)) {
            problems.add(Problem.at(field, "domain.inactive", d.code()));
            return null;
        }
        return d;
    }

    /** Return the domain and every domain below it, the domain first; empty when it is unknown or null. */
    public List<RiskDomain> atOrBelow(RiskDomain domain) {
        return domain == null ? List.of() : repository.atOrBelow(domain.code()).stream().map(RiskDomain::new).toList();
    }

    /** Return the domain and every domain it lies within, the domain first; empty when it is unknown or null. */
    public List<RiskDomain> atOrAbove(RiskDomain domain) {
        return domain == null ? List.of() : repository.atOrAbove(domain.code()).stream().map(RiskDomain::new).toList();
    }

    /** True when the domain is the ancestor or lies below it in the taxonomy; false when either is null. */
    public boolean within(RiskDomain domain, RiskDomain ancestor) {
        return domain != null && ancestor != null && (domain.equals(ancestor) || atOrBelow(ancestor).contains(domain));
    }

    /** Return the name of a domain in the reader's language (the other one when it has none there), or its code. */
    public String name(RiskDomain domain, Locale locale) {
        return domain == null ? "" : find(domain).map(d -> d.name(locale)).orElse(domain.code());
    }

    /** True when the actor may change the taxonomy: an administrator whose scope is the whole tree. */
    public boolean mayAdminister(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) && !actor.readOnly() && treeScope.coversWholeTree(actor);
    }

    private void requireAdministrator(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR);
        Permissions.requireWrite(actor);
        if (!treeScope.coversWholeTree(actor)) {
            throw new AccessDeniedException("the domain taxonomy spans the whole tree");
        }
    }

    /** Add a domain (administrators of the whole tree); a sub-domain's parent must be a top-level domain. */
    @Transactional
    public RiskDomainEntry add(Actor actor, RiskDomainEntry draft) {
        requireAdministrator(actor);
        List<Problem> problems = new ArrayList<>();
        String code = Checks.blank(draft.code()) ? null : draft.code().trim().toUpperCase(Locale.ROOT);
        if (code == null) {
            problems.add(Problem.at("code", "value.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.at("code", "taxonomy.code.pattern"));
        } else if (repository.find(code).isPresent()) {
            problems.add(Problem.at("code", "taxonomy.code.duplicate", code));
        }
        String parent = Checks.blank(draft.parentCode()) ? null : draft.parentCode().trim().toUpperCase(Locale.ROOT);
        if (parent != null) {
            Optional<RiskDomainEntry> p = repository.find(parent);
            if (p.isEmpty()) {
                problems.add(Problem.at("parentCode", "domain.unknown", parent));
            } else if (p.get().parentCode() != null) {
                problems.add(Problem.at("parentCode", "taxonomy.parent.not-top-level"));
            } else if (!p.get().active()) {
                problems.add(Problem.at("parentCode", "domain.inactive", parent));
            }
        }
        String[] names = Checks.names("nameEn", draft.nameEn(), "nameZh", draft.nameZh(), MAX_NAME, problems);
        BadInputException.throwIfAny(problems);
        RiskDomainEntry created = new RiskDomainEntry(code, parent, orEmpty(names[0]), orEmpty(names[1]),
                draft.position(), true);
        repository.insert(created);
        audit.record("create", "risk-domain", code, null, null, created);
        return created;
    }

    /**
     * Rename, reorder, deactivate or reactivate a domain (administrators of the whole tree); its code and parent stay.
     * A null member keeps its value. Records already labelled with a deactivated domain keep it.
     */
    @Transactional
    public RiskDomainEntry update(Actor actor, String code, String nameEn, String nameZh, Integer position,
            Boolean active) {
        requireAdministrator(actor);
        RiskDomainEntry before = find(RiskDomain.of(code)).orElseThrow(() -> new NotFoundException("risk domain " + code));
        List<Problem> problems = new ArrayList<>();
        String[] names = Checks.names("nameEn", nameEn == null ? before.nameEn() : nameEn, "nameZh",
                nameZh == null ? before.nameZh() : nameZh, MAX_NAME, problems);
        BadInputException.throwIfAny(problems);
        RiskDomainEntry after = new RiskDomainEntry(before.code(), before.parentCode(), orEmpty(names[0]),
                orEmpty(names[1]), position == null ? before.position() : position,
                active == null ? before.active() : active);
        repository.update(after);
        audit.record("update", "risk-domain", before.code(), null, before, after);
        return after;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
