package org.rampart.risk;

import static org.rampart.risk.RiskValidator.blank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Actor;
import org.springframework.stereotype.Component;

/** Replace the risk matrix and recompute the stored levels of every risk. */
@Component
class RiskMatrixSettings {

    private final RiskTaxonomyRepository taxonomy;
    private final AuditManagement audit;
    private final RiskPolicy policy;
    private final RiskSupport support;

    RiskMatrixSettings(RiskTaxonomyRepository taxonomy, AuditManagement audit, RiskPolicy policy, RiskSupport support) {
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.policy = policy;
        this.support = support;
    }

    /**
     * Replace the matrix (administrators) and recompute the stored levels of every risk from their scores; refused
     * when a risk lies beyond a smaller size. Returns the number of risks whose level changed.
     */
    int updateMatrix(Actor actor, RiskMatrix matrix) {
        policy.requireMatrixEditor(actor);
        List<Problem> problems = new ArrayList<>();
        for (Problem p : matrix.problems()) {
            problems.add(p);
        }
        for (int n = 0; n < Math.min(matrix.size(), matrix.likelihoodLabels().size()); n++) {
            labelProblems("likelihoodLabels[" + (n + 1) + "]", matrix.likelihoodLabels().get(n), problems);
        }
        for (int n = 0; n < Math.min(matrix.size(), matrix.impactLabels().size()); n++) {
            labelProblems("impactLabels[" + (n + 1) + "]", matrix.impactLabels().get(n), problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The matrix is not valid", problems);
        }
        taxonomy.lockMatrix();
        long beyond = taxonomy.risksBeyond(matrix.size());
        if (beyond > 0) {
            throw BadInputException.of("size", "risk.matrix.risks-beyond", beyond, matrix.size());
        }
        RiskMatrix before = taxonomy.matrix();
        taxonomy.saveMatrix(matrix, actor.username(), support.now());
        int changed = taxonomy.recomputeLevels(matrix);
        Map<String, Object> after = matrixSnapshot(matrix);
        after.put("risksRecomputed", changed);
        audit.record("update", "risk-matrix", "matrix", null, matrixSnapshot(before), after);
        return changed;
    }

    private static void labelProblems(String field, RiskMatrix.Label label, List<Problem> problems) {
        if (label == null || blank(label.en()) || blank(label.zh())) {
            problems.add(Problem.at(field, "risk.matrix.label.both-languages"));
        } else if (label.en().length() > 60 || label.zh().length() > 60) {
            problems.add(Problem.at(field, "text.too-long", 60));
        }
    }

    private static Map<String, Object> matrixSnapshot(RiskMatrix m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("size", m.size());
        s.put("likelihoodLabels", m.likelihoodLabels());
        s.put("impactLabels", m.impactLabels());
        Map<String, Integer> bands = new LinkedHashMap<>();
        m.bands().forEach((k, v) -> bands.put(k.name(), v));
        s.put("bands", bands);
        return s;
    }
}
