package org.rampart.warning.web;

import java.net.URI;
import java.util.List;
import org.rampart.shared.CurrentActor;
import org.rampart.warning.RuleVersion;
import org.rampart.warning.WarningManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rules API; roles and validation are in {@link WarningManagement}. */
@RestController
@RequestMapping("/api/v1/rules")
class RuleApiController {

    private final WarningManagement warnings;

    RuleApiController(WarningManagement warnings) {
        this.warnings = warnings;
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping
    Items<RuleView> list(@RequestParam(required = false) String indicator) {
        return new Items<>(warnings.rules(CurrentActor.get(), indicator).stream().map(RuleView::of).toList());
    }

    @GetMapping("/{code}")
    RuleView get(@PathVariable String code) {
        return RuleView.of(warnings.rule(CurrentActor.get(), code));
    }

    @GetMapping("/{code}/versions")
    Items<RuleVersion> versions(@PathVariable String code) {
        return new Items<>(warnings.history(CurrentActor.get(), code));
    }

    @PostMapping
    ResponseEntity<RuleView> create(@RequestBody RuleRequest body) {
        RuleView created = RuleView.of(warnings.create(CurrentActor.get(), body.draft()));
        return ResponseEntity.created(URI.create("/api/v1/rules/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    RuleView update(@PathVariable String code, @RequestBody RuleRequest body) {
        return RuleView.of(warnings.update(CurrentActor.get(), code, body.draft()));
    }
}
