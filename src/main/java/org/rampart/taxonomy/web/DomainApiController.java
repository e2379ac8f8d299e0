package org.rampart.taxonomy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rampart.shared.CurrentActor;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.taxonomy.RiskDomainEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The domain taxonomy: everybody reads it, administrators of the whole tree change it. {@code /api/v1/risk-domains}
 * is the address it had when it belonged to the risk register, kept for existing clients.
 */
@RestController
@Tag(name = "Domains", description = "The taxonomy of risk domains used by risks, indicators, rules, warnings and routing")
class DomainApiController {

    private final DomainManagement domains;

    DomainApiController(DomainManagement domains) {
        this.domains = domains;
    }

    /** A domain to add; position 0 when left out; one of the two names is required. */
    record DomainBody(String code, String parentCode, String nameEn, String nameZh, Integer position) {
    }

    /** A domain's changeable members; null keeps them. */
    record DomainChange(String nameEn, String nameZh, Integer position, Boolean active) {
    }

    @GetMapping({"/api/v1/domains", "/api/v1/risk-domains"})
    @Operation(summary = "The domain taxonomy, parents before their children, inactive domains included")
    List<RiskDomainEntry> all() {
        CurrentActor.get();
        return domains.all();
    }

    @PostMapping({"/api/v1/domains", "/api/v1/risk-domains"})
    @Operation(summary = "Add a domain or sub-domain (administrators whose scope is the whole tree)")
    ResponseEntity<RiskDomainEntry> add(@RequestBody DomainBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(domains.add(CurrentActor.get(), new RiskDomainEntry(
                body.code(), body.parentCode(), body.nameEn(), body.nameZh(),
                body.position() == null ? 0 : body.position(), true)));
    }

    @PutMapping({"/api/v1/domains/{code}", "/api/v1/risk-domains/{code}"})
    @Operation(summary = "Rename, reorder, deactivate or reactivate a domain (administrators whose scope is the whole tree)")
    RiskDomainEntry update(@PathVariable String code, @RequestBody DomainChange body) {
        return domains.update(CurrentActor.get(), code, body.nameEn(), body.nameZh(), body.position(), body.active());
    }
}
