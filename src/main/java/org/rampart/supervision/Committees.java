package org.rampart.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.stereotype.Component;

/**
 * The committee code of each jurisdiction, the first part of its decisions' numbers. A jurisdiction's committee code
 * is its own code (DP for Demo Province) until an administrator of its scope sets another one; codes are unique
 * among committees (a code that another jurisdiction uses as its own is taken too), and a change applies to the
 * decisions numbered afterwards: numbers once issued never change.
 */
@Component
class Committees {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");

    private final MeetingSupport support;

    Committees(MeetingSupport support) {
        this.support = support;
    }

    /** The committee code of a jurisdiction: its own setting, else the jurisdiction's code. */
    String code(JurisdictionRef place) {
        return support.decisions.committeeCode(place.id()).orElse(place.code());
    }

    /** The committee code of a jurisdiction of the actor's scope; not found outside it. */
    String code(Actor actor, String jurisdiction) {
        Jurisdiction j = support.jurisdictions.get(actor, jurisdiction);
        return support.decisions.committeeCode(j.id()).orElse(j.code());
    }

    /** Set a jurisdiction's committee code (administrators of its scope); audited. */
    String set(Actor actor, String jurisdiction, String code) {
        support.policy.requireCommitteeCodes(actor);
        List<Problem> problems = new ArrayList<>();
        Jurisdiction j = support.place(actor, "jurisdiction", jurisdiction, problems);
        String c = Checks.text("code", code, 32, true, problems);
        if (c != null && !CODE.matcher(c).matches()) {
            problems.add(Problem.at("code", "committee.code.invalid", c));
        }
        BadInputException.throwIfAny(problems);
        String before = support.decisions.committeeCode(j.id()).orElse(j.code());
        boolean takenByCommittee = support.decisions.committeeOf(c).filter(other -> other != j.id()).isPresent();
        boolean takenByJurisdiction = support.jurisdictions.ref(c).filter(other -> other.id() != j.id()
                && support.decisions.committeeCode(other.id()).isEmpty()).isPresent();
        if (takenByCommittee || takenByJurisdiction) {
            throw BadInputException.of("code", "committee.code.taken", c);
        }
        support.decisions.setCommitteeCode(j.id(), c, actor.username(), support.now());
        support.audit.record("update", "committee", j.code(), j.path(), Map.of("code", before), Map.of("code", c));
        return c;
    }

    /** The committee codes of the jurisdictions given, by jurisdiction code, in their order. */
    Map<String, String> codes(List<Jurisdiction> places) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Jurisdiction j : places) {
            out.put(j.code(), support.decisions.committeeCode(j.id()).orElse(j.code()));
        }
        return out;
    }
}
