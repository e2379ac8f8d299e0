package org.rampart.risk;

import static org.rampart.risk.RiskSupport.CODE;
import static org.rampart.risk.RiskSupport.MAX_TEXT;
import static org.rampart.risk.RiskSupport.RESERVED;
import static org.rampart.risk.RiskSupport.blank;
import static org.rampart.risk.RiskSupport.snapshot;
import static org.rampart.risk.RiskSupport.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    private final RiskRepository repository;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final RiskPolicy policy;
    private final RiskValidator validator;
    private final RiskSupport support;

    RiskRegistering(RiskRepository repository, JurisdictionManagement jurisdictions, AuditManagement audit,
            RiskPolicy policy, RiskValidator validator, RiskSupport support) {
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.policy = policy;
        this.validator = validator;
        this.support = support;
    }

    /** Create a risk with its first assessment. */
    Risk create(Actor actor, RiskDraft draft) {
        policy.requireEditor(actor);
        List<Problem> problems = new ArrayList<>();
        String code = blank(draft.code()) ? null : draft.code().trim();
        if (code == null) {
            problems.add(Problem.at("code", "value.required"));
        } else if (code.length() > 40) {
            problems.add(Problem.at("code", "text.too-long", 40));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.at("code", "risk.code.characters"));
        } else if (RESERVED.contains(code.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.at("code", "risk.code.reserved", code));
        } else if (repository.codeExists(code)) {
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
        Instant now = support.now();
        Valid v = validator.validate(actor, draft, null, problems);
        int frequency = v.frequency == null ? RiskManagement.DEFAULT_REVIEW_DAYS : v.frequency;
        LocalDate nextReview = v.nextReview != null ? v.nextReview : support.today().plusDays(frequency);
        if (!problems.isEmpty()) {
            throw new BadInputException("The risk is not valid", problems);
        }
        RiskRepository.RiskRow row = new RiskRepository.RiskRow(code, v.titleEn, v.titleZh, v.descriptionEn,
                v.descriptionZh, v.domain, place.id(), place.code(), place.path(), v.unitId, v.unitCode, v.causes,
                v.consequences, v.controls, v.bottomLine, v.likelihood, v.impact, v.score, v.level, v.rl, v.ri, v.rs,
                v.rlevel, v.target, RiskStatus.IDENTIFIED, frequency, nextReview, v.tags);
        long id = repository.insert(row, actor.username(), now);
        repository.setIndicators(id, v.indicators);
        repository.insertAssessment(id, now, actor.username(), blank(draft.reason()) ? "" : draft.reason().trim(),
                v.likelihood, v.impact, v.score, v.level, v.rl, v.ri, v.rs, v.rlevel, v.controls);
        Risk created = repository.findByCode(actor.scopePath(), code).orElseThrow();
        audit.record("create", "risk", code, created.jurisdictionPath(), null, snapshot(created));
        return created;
    }

    /**
     * Change a risk as {@link RiskManagement#update(Actor, String, RiskDraft)} does, but clear the members named in {@code cleared}
     * (those of {@link RiskManagement#CLEARABLE}; others are ignored) where the draft leaves them null. The residual likelihood and
     * impact are both set or both empty afterwards, or the change is refused.
     *
     * @param cleared names of draft members whose null means "none" rather than "keep"; not null
     */
    Risk update(Actor actor, String code, RiskDraft draft, Set<String> cleared) {
        policy.requireEditor(actor);
        Risk before = support.get(actor, code);
        if (before.status() == RiskStatus.CLOSED) {
            throw new RiskConflict(Problem.at(null, "risk.closed.cannot-change", code),
                    "Risk '" + code + "' is closed and cannot change.");
        }
        List<Problem> problems = new ArrayList<>();
        if (!blank(draft.code()) && !draft.code().trim().equals(code)) {
            problems.add(Problem.at("code", "risk.field.unchangeable"));
        }
        if (!blank(draft.jurisdiction()) && !draft.jurisdiction().trim().equals(before.jurisdictionCode())) {
            problems.add(Problem.at("jurisdiction", "risk.field.unchangeable"));
        }
        RiskDraft merged = RiskValidator.merge(draft, before, cleared);
        Valid v = validator.validate(actor, merged, before, problems);
        boolean rescored = v.likelihood != null && (v.likelihood != before.likelihood() || v.impact != before.impact()
                || !java.util.Objects.equals(v.rl, before.residualLikelihood())
                || !java.util.Objects.equals(v.ri, before.residualImpact()));
        if (rescored && blank(draft.reason())) {
            problems.add(Problem.at("reason", "risk.reason.required-rescored"));
        }
        int frequency = v.frequency == null ? before.reviewFrequencyDays() : v.frequency;
        LocalDate nextReview = before.nextReviewDate();
        if (!blank(draft.nextReviewDate())) {
            nextReview = v.nextReview;
        } else if (frequency != before.reviewFrequencyDays()) {
            Instant base = before.lastReviewedAt() != null ? before.lastReviewedAt() : before.createdAt();
            nextReview = support.day(base).plusDays(frequency);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The risk is not valid", problems);
        }
        Instant now = support.now();
        var place = jurisdictions.ref(before.jurisdictionCode()).orElseThrow();
        RiskRepository.RiskRow row = new RiskRepository.RiskRow(code, v.titleEn, v.titleZh, v.descriptionEn,
                v.descriptionZh, v.domain, place.id(), before.jurisdictionCode(), before.jurisdictionPath(), v.unitId,
                v.unitCode, v.causes, v.consequences, v.controls, v.bottomLine, v.likelihood, v.impact, v.score, v.level,
                v.rl, v.ri, v.rs, v.rlevel, v.target, before.status(), frequency, nextReview, v.tags);
        if (!repository.update(before.id(), before.version(), row, now)) {
            throw new RiskConflict(Problem.at(null, "risk.changed-meanwhile", code),
                    "Risk '" + code + "' was changed meanwhile; reload it and try again.");
        }
        repository.setIndicators(before.id(), v.indicators);
        if (rescored) {
            repository.insertAssessment(before.id(), now, actor.username(), draft.reason().trim(), v.likelihood,
                    v.impact, v.score, v.level, v.rl, v.ri, v.rs, v.rlevel, v.controls);
            repository.clearReassessment(before.id());
        }
        Risk after = support.get(actor, code);
        audit.record("update", "risk", code, after.jurisdictionPath(), snapshot(before), snapshot(after));
        return after;
    }

    /** Move a risk to another status (see {@link RiskStatus}); closing needs a reason. */
    Risk move(Actor actor, String code, String status, String reason) {
        policy.requireEditor(actor);
        Risk before = support.get(actor, code);
        RiskStatus next = RiskStatus.parse(status);
        if (next == null) {
            throw blank(status) ? BadInputException.of("status", "value.required")
                    : BadInputException.of("status", "risk.value.not-one-of", status, Arrays.toString(RiskStatus.values()));
        }
        String why = null;
        if (next == RiskStatus.CLOSED) {
            List<Problem> problems = new ArrayList<>();
            why = text("reason", reason, MAX_TEXT, true, problems);
            if (!problems.isEmpty()) {
                throw new BadInputException("A closing needs a reason", problems);
            }
        }
        if (!before.status().mayMoveTo(next)) {
            throw new RiskConflict(Problem.at(null, "risk.status.cannot-move", before.status(), next),
                    "A risk that is " + before.status() + " cannot move to " + next + ".");
        }
        repository.setStatus(before.id(), next, why, actor.username(), support.now());
        Risk after = support.get(actor, code);
        audit.record(next == RiskStatus.CLOSED ? "close" : "status", "risk", code, after.jurisdictionPath(),
                snapshot(before), snapshot(after));
        return after;
    }

    /** Close a risk with the reason. */
    Risk close(Actor actor, String code, String reason) {
        return move(actor, code, RiskStatus.CLOSED.name(), reason);
    }
}
