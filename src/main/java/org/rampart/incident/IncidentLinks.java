package org.rampart.incident;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rampart.risk.RiskManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.warning.WarningManagement;
import org.springframework.stereotype.Component;

/**
 * Check that an incident's links name warnings and risks that exist in the reporting user's scope: a warning by its
 * number ({@code 17} or {@code W-17}), a risk by its code. Links already on the incident are not checked again, so an
 * update never fails on a link someone else made.
 */
@Component
class IncidentLinks {

    static final Pattern WARNING = Pattern.compile("(?:W-)?([0-9]{1,18})", Pattern.CASE_INSENSITIVE);

    private final WarningManagement warnings;
    private final RiskManagement risks;

    IncidentLinks(WarningManagement warnings, RiskManagement risks) {
        this.warnings = warnings;
        this.risks = risks;
    }

    /** Add a problem per new link (1-based among the given ones) that names nothing the actor can see. */
    void check(Actor actor, List<String> warningRefs, List<String> riskRefs, List<String> knownWarnings,
            List<String> knownRisks, List<Problem> problems) {
        for (int i = 0; i < warningRefs.size(); i++) {
            String ref = warningRefs.get(i);
            if (!knownWarnings.contains(ref) && !warningExists(actor, ref)) {
                problems.add(Problem.atItem(i + 1, "warningRefs", "incident.warning.unknown", ref));
            }
        }
        for (int i = 0; i < riskRefs.size(); i++) {
            String ref = riskRefs.get(i);
            if (!knownRisks.contains(ref) && risks.find(actor, ref).isEmpty()) {
                problems.add(Problem.atItem(i + 1, "riskRefs", "incident.risk.unknown", ref));
            }
        }
    }

    private boolean warningExists(Actor actor, String ref) {
        Matcher m = WARNING.matcher(ref.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return false;
        }
        try {
            warnings.warning(actor, Long.parseLong(m.group(1)));
            return true;
        } catch (NotFoundException | NumberFormatException e) {
            return false;
        }
    }
}
