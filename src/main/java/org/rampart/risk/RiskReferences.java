package org.rampart.risk;

import static org.rampart.risk.RiskValidator.blank;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.springframework.stereotype.Component;

/**
 * Check what a risk refers to in other modules, through their facades: its domain (active, unless a change keeps the
 * one it has), its owner unit (in the actor's scope) and its linked indicators.
 */
@Component
class RiskReferences {

    static final int MAX_INDICATORS = 50;

    private final DomainManagement domains;
    private final JurisdictionManagement jurisdictions;
    private final IndicatorManagement indicators;

    RiskReferences(DomainManagement domains, JurisdictionManagement jurisdictions, IndicatorManagement indicators) {
        this.domains = domains;
        this.jurisdictions = jurisdictions;
        this.indicators = indicators;
    }

    /** An owner unit of the actor's scope. */
    record Unit(Long id, String code) {

        static final Unit NONE = new Unit(null, null);
    }

    /** The code of a usable domain; a change may keep the risk's domain when it became inactive. */
    String domain(String value, Risk existing, List<Problem> problems) {
        RiskDomain domain = domains.usable("domain", value, existing == null ? null
                : RiskDomain.of(existing.domainCode()), problems);
        return domain == null ? null : domain.code();
    }

    /** The unit a code names in the actor's scope; {@link Unit#NONE} when blank or refused ({@code unit.unknown}). */
    Unit unit(Actor actor, String field, String code, List<Problem> problems) {
        if (blank(code)) {
            return Unit.NONE;
        }
        var unit = jurisdictions.unitRef(code.trim()).filter(u -> actor.covers(u.jurisdictionPath())).orElse(null);
        if (unit == null) {
            problems.add(Problem.at(field, "unit.unknown", code.trim()));
            return Unit.NONE;
        }
        return new Unit(unit.id(), unit.code());
    }

    /** The known indicator codes, trimmed and without repeats; at most {@value #MAX_INDICATORS}. */
    List<String> indicators(List<String> codes, List<Problem> problems) {
        if (codes == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            if (blank(code)) {
                continue;
            }
            String c = code.trim();
            if (indicators.find(c).isEmpty()) {
                problems.add(Problem.at("indicators", "risk.indicator.unknown", c));
            } else {
                out.add(c);
            }
        }
        if (out.size() > MAX_INDICATORS) {
            problems.add(Problem.at("indicators", "risk.indicators.too-many", MAX_INDICATORS));
        }
        return List.copyOf(out);
    }
}
