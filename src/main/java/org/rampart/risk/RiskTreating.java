package org.rampart.risk;

import static org.rampart.risk.RiskSupport.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rampart.audit.AuditManagement;
import org.rampart.risk.RiskValidator.ValidTreatment;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Plan the treatment of a risk: add treatment actions to an open risk and change them while it stays open. */
@Component
class RiskTreating {

    private final TreatmentRepository repository;
    private final AuditManagement audit;
    private final RiskReferences references;
    private final RiskSupport support;

    RiskTreating(TreatmentRepository repository, AuditManagement audit, RiskReferences references, RiskSupport support) {
        this.repository = repository;
        this.audit = audit;
        this.references = references;
        this.support = support;
    }

    /** Add a treatment action; its due date may not lie before the day the risk was created. */
    Treatment add(Actor actor, String code, TreatmentDraft draft) {
        Risk risk = support.get(actor, code);
        support.allowed(risk.status().addTreatment(code));
        Checked t = check(actor, risk, draft, TreatmentStatus.PLANNED);
        long id = repository.insertTreatment(risk.id(), t.valid().title(), t.unit().id(), t.unit().code(),
                t.valid().due(), t.valid().status(), t.valid().note(), actor.username(), support.now());
        Treatment created = repository.treatment(risk.id(), id).orElseThrow();
        audit.record("treatment.add", "risk", code, risk.jurisdictionPath(), null, snapshot(created));
        return created;
    }

    /** Change a treatment action: members left null keep their values. */
    Treatment update(Actor actor, String code, long treatmentId, TreatmentDraft draft) {
        Risk risk = support.get(actor, code);
        support.allowed(risk.status().changeTreatment(code));
        Treatment before = repository.treatment(risk.id(), treatmentId)
                .orElseThrow(() -> new NotFoundException("treatment " + treatmentId));
        TreatmentDraft merged = new TreatmentDraft(draft.title() == null ? before.title() : draft.title(),
                draft.ownerUnit() == null ? before.ownerUnitCode() : draft.ownerUnit(),
                draft.dueDate() == null ? before.dueDate().toString() : draft.dueDate(),
                draft.status() == null ? before.status().name() : draft.status(),
                draft.note() == null ? before.note() : draft.note());
        Checked t = check(actor, risk, merged, before.status());
        repository.updateTreatment(treatmentId, t.valid().title(), t.unit().id(), t.unit().code(), t.valid().due(),
                t.valid().status(), t.valid().note(), support.now());
        Treatment after = repository.treatment(risk.id(), treatmentId).orElseThrow();
        audit.record("treatment.update", "risk", code, risk.jurisdictionPath(), snapshot(before), snapshot(after));
        return after;
    }

    private record Checked(ValidTreatment valid, RiskReferences.Unit unit) {
    }

    private Checked check(Actor actor, Risk risk, TreatmentDraft d, TreatmentStatus defaultStatus) {
        List<Problem> problems = new ArrayList<>();
        LocalDate created = support.day(risk.createdAt());
        ValidTreatment valid = RiskValidator.treatment(d, created, defaultStatus, problems);
        RiskReferences.Unit unit = references.unit(actor, "ownerUnit", d.ownerUnit(), problems);
        BadInputException.throwIfAny(problems);
        return new Checked(valid, unit);
    }
}
