package org.rampart.risk;

import static org.rampart.risk.RiskSupport.snapshot;
import static org.rampart.risk.RiskValidator.MAX_TEXT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rampart.audit.AuditManagement;
import org.rampart.risk.RiskValidator.Scores;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.stereotype.Component;

/**
 * Re-assess a risk on the matrix and record its reviews: each moves the next review by the risk's review frequency;
 * an assessment also keeps who, when and why with the scores, and clears a flag for re-assessment.
 */
@Component
class RiskAssessing {

    private final RiskRepository repository;
    private final RiskTaxonomyRepository taxonomy;
    private final AuditManagement audit;
    private final RiskSupport support;

    RiskAssessing(RiskRepository repository, RiskTaxonomyRepository taxonomy, AuditManagement audit,
            RiskSupport support) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.support = support;
    }

    /** Re-assess a risk: an identified one becomes assessed; a closed one is refused. */
    Risk assess(Actor actor, String code, AssessmentDraft draft) {
        Risk before = support.get(actor, code);
        RiskStatus status = support.allowed(before.status().assess(code));
        List<Problem> problems = new ArrayList<>();
        Scores s = RiskValidator.assessment(draft, taxonomy.matrix(), problems);
        String controls = draft.controls() == null ? before.controls()
                : RiskValidator.text("controls", draft.controls(), MAX_TEXT, false, problems);
        String reason = RiskValidator.text("reason", draft.reason(), MAX_TEXT, true, problems);
        BadInputException.throwIfAny(problems);
        Instant now = support.now();
        if (!repository.assess(before.id(), before.version(), s.likelihood(), s.impact(), s.score(), s.level(), s.rl(),
                s.ri(), s.rs(), s.rlevel(), RiskValidator.nonNull(controls), status,
                support.today().plusDays(before.reviewFrequencyDays()), actor.username(), now)) {
            throw support.conflict(Problem.at(null, "risk.changed-meanwhile", code));
        }
        repository.insertAssessment(before.id(), now, actor.username(), reason, s.likelihood(), s.impact(), s.score(),
                s.level(), s.rl(), s.ri(), s.rs(), s.rlevel(), controls);
        Risk after = support.get(actor, code);
        audit.record("assess", "risk", code, after.jurisdictionPath(), snapshot(before), snapshot(after));
        return after;
    }

    /** Record that a risk was reviewed, with an optional note kept in the audit; a closed risk needs no review. */
    Risk review(Actor actor, String code, String note) {
        Risk before = support.get(actor, code);
        support.allowed(before.status().review(code));
        List<Problem> problems = new ArrayList<>();
        String why = RiskValidator.text("note", note, MAX_TEXT, false, problems);
        BadInputException.throwIfAny(problems);
        repository.review(before.id(), support.today().plusDays(before.reviewFrequencyDays()), actor.username(),
                support.now());
        Risk after = support.get(actor, code);
        Map<String, Object> a = snapshot(after);
        a.put("reviewNote", why);
        audit.record("review", "risk", code, after.jurisdictionPath(), snapshot(before), a);
        return after;
    }
}
