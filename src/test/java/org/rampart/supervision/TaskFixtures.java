package org.rampart.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionManagement.UnitRef;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Sessions;

/** Shared set-up of the supervision task tests: actors of demo places and units, and drafts. */
public final class TaskFixtures {

    private TaskFixtures() {
    }

    /** An actor with one role, the scope of a jurisdiction and membership of a unit (null for none). */
    public static Actor actor(JurisdictionManagement jurisdictions, Role role, String jurisdiction, String unit) {
        var j = jurisdictions.ref(jurisdiction).orElseThrow();
        Long unitId = unit == null ? null : jurisdictions.unitRef(unit).map(UnitRef::id).orElseThrow();
        return new Actor(0, role.name().toLowerCase() + "." + jurisdiction + "." + Sessions.uniqueCode("t"), Set.of(role),
                j.id(), j.path(), unitId, false);
    }

    /** A draft assigned by a jurisdiction to a lead unit, due in {@code days}, with a unique English title. */
    public static TaskDraft draft(String jurisdiction, String lead, LocalDate deadline) {
        return new TaskDraft(Sessions.uniqueCode("Task"), null, "Check the flood gates", TaskSource.NONE, null, null,
                jurisdiction, null, lead, List.of(), deadline, TaskPriority.NORMAL, "Inspection report", List.of(), null);
    }

    /** The draft from a source record. */
    public static TaskDraft fromSource(TaskDraft d, TaskSource source, long sourceId, String ref) {
        return new TaskDraft(d.titleEn(), d.titleZh(), d.description(), source, sourceId, ref, d.jurisdiction(),
                d.assigningUnit(), d.leadUnit(), d.assistingUnits(), d.deadline(), d.priority(), d.evidenceRequired(),
                d.milestones(), d.parentId());
    }

    /** The draft with other units. */
    public static TaskDraft units(TaskDraft d, String lead, List<String> assisting) {
        return new TaskDraft(d.titleEn(), d.titleZh(), d.description(), d.source(), d.sourceId(), d.sourceRef(),
                d.jurisdiction(), d.assigningUnit(), lead, assisting, d.deadline(), d.priority(), d.evidenceRequired(),
                d.milestones(), d.parentId());
    }

    /** The draft with other titles. */
    public static TaskDraft titles(TaskDraft d, String en, String zh) {
        return new TaskDraft(en, zh, d.description(), d.source(), d.sourceId(), d.sourceRef(), d.jurisdiction(),
                d.assigningUnit(), d.leadUnit(), d.assistingUnits(), d.deadline(), d.priority(), d.evidenceRequired(),
                d.milestones(), d.parentId());
    }
}
