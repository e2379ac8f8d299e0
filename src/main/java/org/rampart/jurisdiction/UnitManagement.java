package org.rampart.jurisdiction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.Scope;
import org.rampart.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Create and change member units and the names of the tree's levels, as {@link JurisdictionPolicy} allows; audited. */
@Service
@Transactional
public class UnitManagement {

    static final int MAX_KIND = 40;

    private final JurisdictionRepository repository;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final JurisdictionPolicy policy;

    UnitManagement(JurisdictionRepository repository, JurisdictionManagement jurisdictions, AuditManagement audit,
            JurisdictionPolicy policy) {
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.policy = policy;
    }

    /** Create a unit of a jurisdiction in the actor's scope. */
    public Unit create(Actor actor, UnitDraft draft) {
        policy.requireEdit(actor);
        List<Problem> problems = new ArrayList<>();
        JurisdictionManagement.validateCode(draft.code(), problems);
        JurisdictionManagement.validateNames(draft.nameEn(), draft.nameZh(), problems);
        validateKind(draft.kind(), problems);
        Jurisdiction j = jurisdictions.find(actor, draft.jurisdictionCode()).orElse(null);
        if (j == null) {
            problems.add(Problem.at("jurisdictionCode", "jurisdiction.unknown", draft.jurisdictionCode()));
        }
        if (problems.isEmpty() && repository.unitId(draft.code()).isPresent()) {
            problems.add(Problem.at("code", "jurisdiction.code.duplicate", draft.code()));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The unit is not valid", problems);
        }
        repository.insertUnits(List.of(new JurisdictionRepository.NewUnit(draft.code(), j.id(), draft.kind().trim(),
                JurisdictionManagement.name(draft.nameEn()), JurisdictionManagement.name(draft.nameZh()))));
        Unit created = repository.unitByCode(Scope.WHOLE_TREE.path(), draft.code()).orElseThrow();
        audit.record("create", "unit", created.code(), j.path(), null, snapshot(created));
        return created;
    }

    /** Change a unit's kind, names or active flag. */
    public Unit update(Actor actor, String code, String kind, String nameEn, String nameZh, boolean active) {
        policy.requireEdit(actor);
        Unit before = jurisdictions.findUnit(actor, code).orElseThrow(() -> new NotFoundException("unit " + code));
        List<Problem> problems = new ArrayList<>();
        JurisdictionManagement.validateNames(nameEn, nameZh, problems);
        validateKind(kind, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The unit is not valid", problems);
        }
        repository.updateUnit(before.id(), kind.trim(), JurisdictionManagement.name(nameEn),
                JurisdictionManagement.name(nameZh), active);
        Unit after = repository.unitById(before.id()).orElseThrow();
        String path = jurisdictions.ref(after.jurisdictionCode()).map(JurisdictionRef::path).orElse(null);
        audit.record(active == before.active() ? "update" : active ? "activate" : "deactivate", "unit", code, path,
                snapshot(before), snapshot(after));
        return after;
    }

    /** Rename a level of the tree (administrators whose scope spans the whole tree, see {@link JurisdictionPolicy}). */
    public JurisdictionLevel renameLevel(Actor actor, int level, String nameEn, String nameZh, boolean drawn) {
        policy.requireRenameLevels(actor);
        List<Problem> problems = new ArrayList<>();
        if (level < 1 || level > 20) {
            problems.add(Problem.at("level", "number.range", 1, 20));
        }
        // a level is named in both languages: the tree's headings show either
        Checks.text("nameEn", nameEn, 100, true, problems);
        Checks.text("nameZh", nameZh, 100, true, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The level is not valid", problems);
        }
        JurisdictionLevel before = repository.levels().stream().filter(l -> l.level() == level).findFirst().orElse(null);
        JurisdictionLevel after = new JurisdictionLevel(level, nameEn.trim(), nameZh.trim(), drawn);
        repository.upsertLevel(after);
        audit.record(before == null ? "create" : "update", "jurisdiction-level", String.valueOf(level), null, before, after);
        return after;
    }

    private static void validateKind(String kind, List<Problem> problems) {
        Checks.text("kind", kind, MAX_KIND, true, problems);
    }

    private static Map<String, Object> snapshot(Unit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", u.code());
        m.put("jurisdiction", u.jurisdictionCode());
        m.put("kind", u.kind());
        m.put("nameEn", u.nameEn());
        m.put("nameZh", u.nameZh());
        m.put("active", u.active());
        return m;
    }
}
