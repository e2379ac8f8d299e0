package org.rampart.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rampart.risk.RiskDomainEntry;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskManagement;
import org.rampart.risk.RiskMatrix;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The risk matrix and the domain taxonomy: everybody reads them, administrators change them. */
@RestController
@Tag(name = "Risk settings", description = "The likelihood x impact matrix and the risk domain taxonomy")
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

    /** A domain to add; position 0 when left out. */
    record DomainBody(String code, String parentCode, String nameEn, String nameZh, Integer position) {
    }

    /** A domain's changeable members; null keeps them. */
    record DomainChange(String nameEn, String nameZh, Integer position, Boolean active) {
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

    @GetMapping("/api/v1/risk-domains")
    @Operation(summary = "The domain taxonomy, parents before their children, inactive domains included")
    List<RiskDomainEntry> domains() {
        CurrentActor.get();
        return risks.domains();
    }

    @PostMapping("/api/v1/risk-domains")
    @Operation(summary = "Add a domain (administrators)")
    ResponseEntity<RiskDomainEntry> addDomain(@RequestBody DomainBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(risks.addDomain(CurrentActor.get(), new RiskDomainEntry(
                body.code(), body.parentCode(), body.nameEn(), body.nameZh(),
                body.position() == null ? 0 : body.position(), true)));
    }

    @PutMapping("/api/v1/risk-domains/{code}")
    @Operation(summary = "Rename, reorder, deactivate or reactivate a domain (administrators)")
    RiskDomainEntry updateDomain(@PathVariable String code, @RequestBody DomainChange body) {
        return risks.updateDomain(CurrentActor.get(), code, body.nameEn(), body.nameZh(), body.position(), body.active());
    }
}
