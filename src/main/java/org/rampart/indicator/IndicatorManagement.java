package org.rampart.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read and change indicator definitions. Everybody signed in reads them; administrators and coordinators create
 * and change them, and every change is audited with the states before and after.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorManagement {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 40;
    static final int MAX_DESCRIPTION = 4000;
    /** Codes that would clash with page addresses under /indicators/. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("new", "upload", "search");

    private final IndicatorPolicy policy;
    private final IndicatorRepository repository;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final DomainManagement domains;

    IndicatorManagement(IndicatorRepository repository, JurisdictionManagement jurisdictions, AuditManagement audit,
            DomainManagement domains, IndicatorPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.domains = domains;
    }

    /** Find an indicator by code; empty when there is none. */
    public Optional<Indicator> find(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return repository.findByCode(code);
    }

    /** Find an indicator by id (ids come with {@link ObservationsRecorded}); empty when there is none. */
    public Optional<Indicator> find(long id) {
        return repository.findById(id);
    }

    /** Return the indicator; throws not-found when there is none. */
    public Indicator get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("indicator " + code));
    }

    /** List indicators by code, optionally matching {@code q} (code or name) and within a domain (both may be null). */
    public Page<Indicator> search(String q, RiskDomain domain, PageQuery page) {
        String query = q == null || q.isBlank() ? null : q.trim();
        if (query != null && query.length() > MAX_NAME) {
            throw BadInputException.of("q", "text.too-long", MAX_NAME);
        }
        return repository.search(query, domain, page);
    }

    /** True when the actor may create and change indicator definitions. */
    public boolean mayEdit(Actor actor) {
        return policy.mayEdit(actor);
    }

    /** Create an indicator (administrators and coordinators). */
    @Transactional
    public Indicator create(Actor actor, IndicatorDraft draft) {
        requireEditor(actor);
        List<Problem> problems = new ArrayList<>();
        String code = draft.code() == null ? null : draft.code().trim();
        if (code == null || code.isEmpty()) {
            problems.add(Problem.at("code", "value.required"));
        } else if (code.length() > 64) {
            problems.add(Problem.at("code", "text.too-long", 64));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.at("code", "indicator.code.invalid"));
        } else if (RESERVED.contains(code.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.at("code", "indicator.code.reserved", code));
        } else if (repository.findByCode(code).isPresent()) {
            problems.add(Problem.at("code", "indicator.code.duplicate", code));
        }
        IndicatorRepository.IndicatorRow row = validate(actor, code, draft, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The indicator is not valid", problems);
        }
        repository.insert(row);
        Indicator created = repository.findByCode(code).orElseThrow();
        audit.record("create", "indicator", code, auditPath(actor), null, snapshot(created));
        return created;
    }

    /** Change an indicator; its code stays, and its period type is fixed once it has observations. */
    @Transactional
    public Indicator update(Actor actor, String code, IndicatorDraft draft) {
        requireEditor(actor);
        Indicator before = get(code);
        List<Problem> problems = new ArrayList<>();
        if (draft.code() != null && !draft.code().isBlank() && !draft.code().trim().equals(code)) {
            problems.add(Problem.at("code", "indicator.code.fixed"));
        }
        IndicatorRepository.IndicatorRow row = validate(actor, code, draft, problems);
        if (problems.isEmpty() && row.periodType() != before.periodType() && repository.hasObservations(before.id())) {
            throw new ConflictException("The period type of '" + code + "' cannot change: it already has observations.");
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The indicator is not valid", problems);
        }
        repository.update(before.id(), row);
        Indicator after = repository.findByCode(code).orElseThrow();
        audit.record("update", "indicator", code, auditPath(actor), snapshot(before), snapshot(after));
        return after;
    }

    /** Definitions are global; the entry goes under the editor's scope so that the readers of that scope see it. */
    private static String auditPath(Actor actor) {
        return actor.scope().isWholeTree() ? null : actor.scope().path();
    }

    private void requireEditor(Actor actor) {
        policy.requireEdit(actor);
    }

    private IndicatorRepository.IndicatorRow validate(Actor actor, String code, IndicatorDraft d, List<Problem> problems) {
        String[] names = Checks.names("nameEn", d.nameEn(), "nameZh", d.nameZh(), MAX_NAME, problems);
        String unit = Checks.text("unitOfMeasure", d.unitOfMeasure(), MAX_UNIT, true, problems);
        String description = Checks.text("description", d.description(), MAX_DESCRIPTION, false, problems);
        String source = Checks.text("source", d.source(), MAX_NAME, false, problems);
        RiskDomain domain = domains.usable("domain", d.domain(),
                code == null ? null : repository.findByCode(code).map(Indicator::domain).orElse(null), problems);
        PeriodType period = Checks.oneOf("periodType", d.periodType(), PeriodType.class, true, problems);
        Aggregation aggregation = Checks.oneOf("aggregation", d.aggregation(), Aggregation.class, true, problems);
        String unitCode = blank(d.responsibleUnitCode()) ? null : d.responsibleUnitCode().trim();
        if (unitCode != null) {
            var ref = jurisdictions.unitRef(unitCode);
            if (ref.isEmpty() || !actor.covers(ref.get().jurisdictionPath())) {
                problems.add(Problem.at("responsibleUnitCode", "unit.unknown", unitCode));
            }
        }
        return new IndicatorRepository.IndicatorRow(code, names[0], names[1], domain, unit, period, aggregation, unitCode,
                description, source, d.active() == null || d.active());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Map<String, Object> snapshot(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("nameEn", i.nameEn());
        m.put("nameZh", i.nameZh());
        m.put("domain", i.domain().name());
        m.put("unitOfMeasure", i.unitOfMeasure());
        m.put("periodType", i.periodType().name());
        m.put("aggregation", i.aggregation().name());
        m.put("responsibleUnitCode", i.responsibleUnitCode());
        m.put("description", i.description());
        m.put("source", i.source());
        m.put("active", i.active());
        return m;
    }
}
