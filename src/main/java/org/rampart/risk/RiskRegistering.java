package org.rampart.risk;

import static org.rampart.risk.RiskSupport.snapshot;
import static org.rampart.risk.RiskValidator.MAX_TEXT;
import static org.rampart.risk.RiskValidator.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.risk.RiskValidator.Valid;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.stereotype.Component;

/** Register risks: create one with its first assessment, change it, move it to another status, close it. */
@Component
class RiskRegistering {

    /** Review frequency when a new risk names none: a quarter. */
    static final int DEFAULT_REVIEW_DAYS = 90;

    private final RiskRepository repository;
    private final RiskTaxonomyRepository taxonomy;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final RiskReferences references;
    private final RiskSupport support;

    RiskRegistering(RiskRepository repository, RiskTaxonomyRepository taxonomy, JurisdictionManagement jurisdictions,
            AuditManagement audit, RiskReferences references, RiskSupport support) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.references = references;
        this.support = support;
    }

    /** The checked members of a draft with its references resolved. */
    private record Checked(Valid v, String domain, RiskReferences.Unit unit, List<String> indicators) {
    }

    private Checked check(Actor actor, RiskDraft d, Risk existing, List<Problem> problems) {
        Valid v = RiskValidator.risk(d, taxonomy.matrix(), problems);
        String domain = references.domain(d.domain(), existing, problems);
        RiskReferences.Unit unit = references.unit(actor, "ownerUnit", d.ownerUnit(), problems);
        return new Checked(v, domain, unit, references.indicators(d.indicators(), problems));
    }

    /** Create a risk with its first assessment. */
    Risk create(Actor actor, RiskDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String code = RiskValidator.code(draft.code(), problems);
        if (code != null && repository.codeExists(code)) {
            problems.add(Problem.at("code", "risk.code.duplicate", code));
        }
        Jurisdiction place = null;
        if (blank(draft.jurisdiction())) {
            problems.add(Problem.at("jurisdiction", "value.required"));
        } else {
            place = jurisdictions.find(actor, draft.jurisdiction().trim()).orElse(null);
            if (place == null) {
                problems.add(Problem.at("jurisdiction", "jurisdiction.unknown", draft.jurisdiction().trim()));
            }
        }
        Checked c = check(actor, draft, null, problems);
        BadInputException.throwIfAny(problems);
        Valid v = c.v();
        int frequency = v.frequency == null ? DEFAULT_REVIEW_DAYS : v.frequency;
        LocalDate nextReview = v.nextReview != null ? v.nextReview : support.today().plusDays(frequency);
        Instant now = support.now();
        long id = repository.insert(row(code, c, place.id(), place.code(), place.path(), RiskStatus.IDENTIFIED,
                frequency, nextReview), actor.username(), now);
        repository.setIndicators(id, c.indicators());
        repository.insertAssessment(id, now, actor.username(), blank(draft.reason()) ? "" : draft.reason().trim(),
                v.likelihood, v.impact, v.score, v.level, v.rl, v.ri, v.rs, v.rlevel, v.controls);
        Risk created = repository.findByCode(actor.scopePath(), code).orElseThrow();
        audit.record("create", "risk", code, created.jurisdictionPath(), null, snapshot(created));
        return created;
    }

    /**
     * Change a risk as {@link RiskManagement#update(Actor, String, RiskDraft, Set)} describes: null members keep their
     * values except those named in {@code cleared}; a change of the scores records an assessment and needs a reason.
     */
    Risk update(Actor actor, String code, RiskDraft draft, Set<String> cleared) {
        Risk before = support.get(actor, code);
        RiskStatus status = support.allowed(before.status().change(code));
        List<Problem> problems = new ArrayList<>();
        if (!blank(draft.code()) && !draft.code().trim().equals(code)) {
            problems.add(Problem.at("code", "risk.field.unchangeable"));
        }
        if (!blank(draft.jurisdiction()) && !draft.jurisdiction().trim().equals(before.jurisdictionCode())) {
            problems.add(Problem.at("jurisdiction", "risk.field.unchangeable"));
        }
        Checked c = check(actor, RiskValidator.merge(draft, before, cleared), before, problems);
        Valid v = c.v();
        boolean rescored = v.likelihood != null && (v.likelihood != before.likelihood() || v.impact != before.impact()
                || !Objects.equals(v.rl, before.residualLikelihood()) || !Objects.equals(v.ri, before.residualImpact()));
        if (rescored && blank(draft.reason())) {
            problems.add(Problem.at("reason", "risk.reason.required-rescored"));
        }
        BadInputException.throwIfAny(problems);
        int frequency = v.frequency == null ? before.reviewFrequencyDays() : v.frequency;
        LocalDate nextReview = before.nextReviewDate();
        if (!blank(draft.nextReviewDate())) {
            nextReview = v.nextReview;
        } else if (frequency != before.reviewFrequencyDays()) {
            Instant base = before.lastReviewedAt() != null ? before.lastReviewedAt() : before.createdAt();
            nextReview = support.day(base).plusDays(frequency);
        }
        Instant now = support.now();
        long placeId = jurisdictions.ref(before.jurisdictionCode()).orElseThrow().id();
        if (!repository.update(before.id(), before.version(), row(code, c, placeId, before.jurisdictionCode(),
                before.jurisdictionPath(), status, frequency, nextReview), now)) {
            throw support.conflict(Problem.at(null, "risk.changed-meanwhile", code));
        }
        repository.setIndicators(before.id(), c.indicators());
        if (rescored) {
            repository.insertAssessment(before.id(), now, actor.username(), draft.reason().trim(), v.likelihood,
                    v.impact, v.score, v.level, v.rl, v.ri, v.rs, v.rlevel, v.controls);
            repository.clearReassessment(before.id());
        }
        Risk after = support.get(actor, code);
        audit.record("update", "risk", code, after.jurisdictionPath(), snapshot(before), snapshot(after));
        return after;
    }

    private static RiskRepository.RiskRow row(String code, Checked c, long placeId, String placeCode, String placePath,
            RiskStatus status, int frequency, LocalDate nextReview) {
        Valid v = c.v();
        return new RiskRepository.RiskRow(code, v.titleEn, v.titleZh, v.descriptionEn, v.descriptionZh, c.domain(),
                placeId, placeCode, placePath, c.unit().id(), c.unit().code(), v.causes, v.consequences, v.controls,
                v.bottomLine, v.likelihood, v.impact, v.score, v.level, v.rl, v.ri, v.rs, v.rlevel, v.target, status,
                frequency, nextReview, v.tags);
    }

    /** Move a risk to another status (see {@link RiskStatus}); closing needs a reason. */
    Risk move(Actor actor, String code, String status, String reason) {
        Risk before = support.get(actor, code);
        RiskStatus next = RiskStatus.parse(status);
        if (next == null) {
            throw blank(status) ? BadInputException.of("status", "value.required")
                    : BadInputException.of("status", "risk.value.not-one-of", status, Arrays.toString(RiskStatus.values()));
        }
        String why = null;
        if (next == RiskStatus.CLOSED) {
            List<Problem> problems = new ArrayList<>();
            why = RiskValidator.text("reason", reason, MAX_TEXT, true, problems);
            BadInputException.throwIfAny(problems);
        }
        support.allowed(before.status().move(next));
        repository.setStatus(before.id(), next, why, actor.username(), support.now());
        Risk after = support.get(actor, code);
        audit.record(next == RiskStatus.CLOSED ? "close" : "status", "risk", code, after.jurisdictionPath(),
                snapshot(before), snapshot(after));
        return after;
    }
}
