package org.rampart.risk;

import static org.rampart.risk.RiskValidator.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.springframework.stereotype.Component;

/** Read the register: list and filter the risks of the actor's scope, their assessments, treatments and reviews due. */
@Component
class RiskQueries {

    private final RiskSearchRepository repository;
    private final RiskRepository risks;
    private final TreatmentRepository treatments;
    private final DomainManagement domains;
    private final JurisdictionManagement jurisdictions;
    private final RiskSupport support;

    RiskQueries(RiskSearchRepository repository, RiskRepository risks, TreatmentRepository treatments,
            DomainManagement domains, JurisdictionManagement jurisdictions, RiskSupport support) {
        this.repository = repository;
        this.risks = risks;
        this.treatments = treatments;
        this.domains = domains;
        this.jurisdictions = jurisdictions;
        this.support = support;
    }

    /** List the risks of the actor's scope that the filter matches. */
    Page<Risk> search(Actor actor, RiskFilter filter, PageQuery page) {
        return repository.search(query(actor, filter), page);
    }

    /** Hand every risk of the actor's scope that the filter matches to the consumer, in the filter's order. */
    void each(Actor actor, RiskFilter filter, Consumer<Risk> consumer) {
        repository.each(query(actor, filter), consumer);
    }

    private RiskSearchRepository.Query query(Actor actor, RiskFilter f) {
        f = f == null ? RiskFilter.none() : f;
        List<Problem> problems = new ArrayList<>();
        String q = blank(f.q()) ? null : f.q().trim();
        if (q != null && q.length() > 200) {
            problems.add(Problem.at("q", "text.too-long", 200));
        }
        // a domain filter takes in its sub-domains, at every depth of the taxonomy
        List<String> domainCodes = null;
        if (!blank(f.domain())) {
            RiskDomain known = domains.known("domain", f.domain(), problems);
            if (known != null) {
                domainCodes = domains.atOrBelow(known).stream().map(RiskDomain::code).toList();
            }
        }
        RiskLevel level = null;
        if (!blank(f.level())) {
            level = RiskLevel.parse(f.level());
            if (level == null) {
                problems.add(Problem.at("level", "risk.value.not-one-of", f.level(), Arrays.toString(RiskLevel.values())));
            }
        }
        List<RiskStatus> statuses = Arrays.stream(RiskStatus.values()).filter(s -> s != RiskStatus.CLOSED).toList();
        if (!blank(f.status())) {
            if ("ALL".equalsIgnoreCase(f.status().trim())) {
                statuses = null;
            } else {
                RiskStatus s = RiskStatus.parse(f.status());
                if (s == null) {
                    problems.add(Problem.at("status", "risk.filter.status.not-one-of", f.status(),
                            Arrays.toString(RiskStatus.values())));
                } else {
                    statuses = List.of(s);
                }
            }
        }
        String subtree = null;
        if (!blank(f.jurisdiction())) {
            Optional<Jurisdiction> j = jurisdictions.find(actor, f.jurisdiction().trim());
            if (j.isEmpty()) {
                problems.add(Problem.at("jurisdiction", "jurisdiction.unknown", f.jurisdiction()));
            } else {
                subtree = j.get().path();
            }
        }
        String orderBy = "r.bottom_line desc, r.score desc, coalesce(r.residual_score, r.score) desc, r.code";
        if (!blank(f.sort())) {
            String key = f.sort().trim();
            boolean desc = key.startsWith("-");
            String column = RiskSearchRepository.SORTS.get(desc ? key.substring(1) : key);
            if (column == null) {
                problems.add(Problem.at("sort", "risk.value.not-one-of", f.sort(),
                        new java.util.TreeSet<>(RiskSearchRepository.SORTS.keySet())));
            } else {
                orderBy = column + (desc ? " desc" : "") + ", r.code";
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The filter is not valid", problems);
        }
        return new RiskSearchRepository.Query(actor.scopePath(), q, domainCodes, level, statuses, subtree,
                blank(f.ownerUnit()) ? null : f.ownerUnit().trim(), f.bottomLine(), f.overdueReview(),
                f.reassessmentNeeded(), support.today(), orderBy);
    }

    /** Every assessment of a risk in the actor's scope, oldest first. */
    List<Assessment> assessments(Actor actor, String code) {
        return risks.assessments(support.get(actor, code).id());
    }

    /** The treatment actions of a risk in the actor's scope, by due date. */
    List<Treatment> treatments(Actor actor, String code) {
        return treatments.treatments(support.get(actor, code).id());
    }

    /** Open risks of the actor's scope by owner unit whose review is overdue or due within {@code days} days. */
    List<ReviewDue> reviewsDue(Actor actor, int days) {
        if (days < 0 || days > 366) {
            throw BadInputException.of("days", "number.range", 0, 366);
        }
        LocalDate today = support.today();
        return repository.reviewsDue(actor.scopePath(), today, today.plusDays(days));
    }
}
