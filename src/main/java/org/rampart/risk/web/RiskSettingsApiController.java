package org.rampart.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskManagement;
import org.rampart.risk.RiskMatrix;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The risk matrix: everybody reads it, administrators change it (the domain taxonomy is the taxonomy module's). */
@RestController
@Tag(name = "Risk settings", description = "The likelihood x impact matrix")
class RiskSettingsApiController {

    private final RiskManagement risks;

    RiskSettingsApiController(RiskManagement risks) {
        this.risks = risks;
    }

    /** A matrix to save: size, one {en, zh} label per step, and the lowest score of each level. */
    record MatrixBody(Integer size, List<RiskMatrix.Label> likelihoodLabels, List<RiskMatrix.Label> impactLabels,
            Map<String, Integer> bands) {

        RiskMatrix matrix() {
            if (size == null) {
                throw BadInputException.of("size", "value.required");
            }
            Map<RiskLevel, Integer> b = new EnumMap<>(RiskLevel.class);
            if (bands != null) {
                for (Map.Entry<String, Integer> e : bands.entrySet()) {
                    RiskLevel level = RiskLevel.parse(e.getKey());
                    if (level == null) {
                        throw BadInputException.of("bands", "risk.level.unknown", e.getKey());
                    }
                    if (e.getValue() != null) {
                        b.put(level, e.getValue());
                    }
                }
            }
            return new RiskMatrix(size, likelihoodLabels == null ? List.of() : likelihoodLabels.stream()
                    .map(l -> l == null ? new RiskMatrix.Label(null, null) : l).toList(),
                    impactLabels == null ? List.of() : impactLabels.stream()
                            .map(l -> l == null ? new RiskMatrix.Label(null, null) : l).toList(), b);
        }
    }

    /** The answer to a matrix change: the matrix and how many risks got another level. */
    record MatrixSaved(RiskMatrix matrix, int risksRecomputed) {
    }

    @GetMapping("/api/v1/risk-matrix")
    @Operation(summary = "The matrix risks are scored on")
    RiskMatrix matrix() {
        CurrentActor.get();
        return risks.matrix();
    }

    @PutMapping("/api/v1/risk-matrix")
    @Operation(summary = "Replace the matrix (administrators); stored levels are recomputed from the scores")
    MatrixSaved saveMatrix(@RequestBody MatrixBody body) {
        int changed = risks.updateMatrix(CurrentActor.get(), body.matrix());
        return new MatrixSaved(risks.matrix(), changed);
    }
}
