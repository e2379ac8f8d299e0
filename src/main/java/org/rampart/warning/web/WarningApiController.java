package org.rampart.warning.web;

import java.util.List;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.Warning;
import org.rampart.warning.WarningEscalation;
import org.rampart.warning.WarningFilter;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningManagement;
import org.rampart.warning.WarningState;
import org.rampart.warning.WarningStep;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The warnings API: the scoped list with filters, one warning with its steps, and the people's actions. */
@RestController
@RequestMapping("/api/v1/warnings")
class WarningApiController {

    private final WarningManagement warnings;

    WarningApiController(WarningManagement warnings) {
        this.warnings = warnings;
    }

    record Detail(Warning warning, List<WarningStep> steps, WarningEscalation escalation) {
    }

    record Acknowledgement(String comment) {
    }

    record Assignment(String unit) {
    }

    record Resolution(String note) {
    }

    @GetMapping
    Page<Warning> list(@RequestParam(required = false) WarningLevel level,
            @RequestParam(required = false) RiskDomain domain, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) WarningState state, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return warnings.warnings(CurrentActor.get(), new WarningFilter(level, domain, jurisdiction, state),
                PageQuery.of(page, size));
    }

    /** The most serious open warning level below each child of {@code parent}: {"DP-01": "ORANGE", ...}. */
    @GetMapping("/map")
    java.util.Map<String, WarningLevel> map(@RequestParam String parent) {
        return warnings.levelsByChild(CurrentActor.get(), parent);
    }

    @GetMapping("/{id}")
    Detail get(@PathVariable long id) {
        return new Detail(warnings.warning(CurrentActor.get(), id), warnings.steps(CurrentActor.get(), id),
                warnings.escalation(CurrentActor.get(), id).orElse(null));
    }

    @PostMapping("/{id}/acknowledge")
    Warning acknowledge(@PathVariable long id, @RequestBody Acknowledgement body) {
        return warnings.acknowledge(CurrentActor.get(), id, body.comment());
    }

    @PostMapping("/{id}/assign")
    Warning assign(@PathVariable long id, @RequestBody Assignment body) {
        return warnings.assign(CurrentActor.get(), id, body.unit());
    }

    @PostMapping("/{id}/resolve")
    Warning resolve(@PathVariable long id, @RequestBody Resolution body) {
        return warnings.resolve(CurrentActor.get(), id, body.note());
    }
}
