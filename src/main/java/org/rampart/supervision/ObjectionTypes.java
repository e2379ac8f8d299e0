package org.rampart.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.stereotype.Component;

/** The objection types units choose from: added, renamed, reordered and deactivated by a whole-tree administrator. */
@Component
class ObjectionTypes {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{0,63}");

    private final TaskSupport support;

    ObjectionTypes(TaskSupport support) {
        this.support = support;
    }

    List<ObjectionType> list(boolean activeOnly) {
        return support.records.objectionTypes(activeOnly);
    }

    ObjectionType save(Actor actor, ObjectionType type) {
        support.policy.requireConfigure(actor);
        List<Problem> problems = new ArrayList<>();
        String code = type.code() == null ? null : type.code().trim();
        if (Checks.required("code", code, problems) && !CODE.matcher(code).matches()) {
            problems.add(Problem.at("code", "supervision.objection.code-invalid", code));
        }
        String[] names = Checks.names("nameEn", type.nameEn(), "nameZh", type.nameZh(), 200, problems);
        Checks.range("position", type.position(), 0, 10_000, problems);
        TaskSupport.refuseIfAny(problems);
        ObjectionType before = support.records.objectionType(code).orElse(null);
        ObjectionType saved = new ObjectionType(code, names[0], names[1], type.position(), type.active());
        support.records.saveObjectionType(saved);
        support.audit.record(before == null ? "create" : "update", "supervision_objection_type", code, null,
                before == null ? null : map(before), map(saved));
        return saved;
    }

    private static Map<String, Object> map(ObjectionType t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", t.code());
        m.put("nameEn", t.nameEn());
        m.put("nameZh", t.nameZh());
        m.put("position", t.position());
        m.put("active", t.active());
        return m;
    }
}
