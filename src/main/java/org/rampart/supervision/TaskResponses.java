package org.rampart.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.jurisdiction.JurisdictionManagement.UnitRef;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.stereotype.Component;

/**
 * The lead unit's answer to an assigned task (accept, or object with a typed reason) and the assigning side's answer
 * to an objection (reassign to another lead unit, or insist: the task counts as accepted).
 */
@Component
class TaskResponses {

    static final int MAX_REASON = 4_000;

    private final TaskSupport support;

    TaskResponses(TaskSupport support) {
        this.support = support;
    }

    Task accept(Actor actor, long id, Integer version) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.mayActForLead(actor, before), "only the lead unit accepts the task");
        Task after = support.change(actor, before, before.status().accept(), TaskEventKind.ACCEPTED, null, Map.of(),
                "accept").task();
        support.publish(new TaskAccepted(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), support.clock.instant()));
        return after;
    }

    Task object(Actor actor, long id, Integer version, String type, String reason) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.mayActForLead(actor, before), "only the lead unit objects to the task");
        List<Problem> problems = new ArrayList<>();
        String code = type == null ? null : type.trim();
        if (Checks.required("objectionType", code, problems)
                && support.records.objectionType(code).filter(ObjectionType::active).isEmpty()) {
            problems.add(Problem.at("objectionType", "supervision.objection.type-unknown", code));
        }
        String why = Checks.text("reason", reason, MAX_REASON, true, problems);
        TaskSupport.refuseIfAny(problems);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("objectionType", code);
        detail.put("reason", why);
        Task after = support.change(actor, before, before.status().object(), TaskEventKind.OBJECTED, why, detail,
                "object").task();
        Instant now = support.clock.instant();
        support.records.object(id, before.leadUnit().id(), code, why, now, actor.username());
        support.publish(new TaskObjected(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), code, why, now));
        return after;
    }

    Task reassign(Actor actor, long id, Integer version, String leadUnit, String reason) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.maySupervise(actor, before), "only the assigning side reassigns the task");
        List<Problem> problems = new ArrayList<>();
        String why = Checks.text("reason", reason, MAX_REASON, false, problems);
        UnitRef unit = null;
        if (Checks.required("leadUnit", leadUnit, problems)) {
            String code = leadUnit.trim();
            Optional<UnitRef> ref = support.jurisdictions.findUnit(Actor.system(), code).filter(Unit::active)
                    .flatMap(u -> support.jurisdictions.unitRef(code))
                    .filter(r -> r.jurisdictionPath().startsWith(before.jurisdictionPath()));
            if (ref.isEmpty()) {
                problems.add(Problem.at("leadUnit", "unit.unknown", code));
            } else if (ref.get().id() == before.leadUnit().id()) {
                problems.add(Problem.at("leadUnit", "supervision.task.same-lead", code));
            } else {
                unit = ref.get();
            }
        }
        TaskStatus.Transition transition = before.status().reassign();
        if (!transition.refused()) {
            TaskSupport.refuseIfAny(problems);
        }
        Instant now = support.clock.instant();
        if (!transition.refused()) {
            support.repository.lead(id, unit.id(), unit.jurisdictionPath(), now.plus(support.settings.acceptWithin()));
            support.records.decideObjection(id, "REASSIGNED", why, now, actor.username());
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("fromUnit", before.leadUnit().code());
        detail.put("toUnit", unit == null ? null : unit.code());
        Task after = support.change(actor, before, transition, TaskEventKind.REASSIGNED, why, detail, "reassign")
                .task();
        support.publish(new TaskReassigned(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), before.leadUnit().code(), now));
        return after;
    }

    Task insist(Actor actor, long id, Integer version, String reason) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.maySupervise(actor, before), "only the assigning side insists");
        List<Problem> problems = new ArrayList<>();
        String why = Checks.text("reason", reason, MAX_REASON, true, problems);
        TaskStatus.Transition transition = before.status().insist();
        if (!transition.refused()) {
            TaskSupport.refuseIfAny(problems);
        }
        Task after = support.change(actor, before, transition, TaskEventKind.INSISTED, why, Map.of(), "insist").task();
        Instant now = support.clock.instant();
        support.records.decideObjection(id, "INSISTED", why, now, actor.username());
        support.publish(new TaskInsisted(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), now));
        return after;
    }
}
