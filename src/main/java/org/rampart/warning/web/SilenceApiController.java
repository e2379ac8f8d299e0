package org.rampart.warning.web;

import java.time.Duration;
import java.util.List;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.Silence;
import org.rampart.warning.SilenceDraft;
import org.rampart.warning.SilenceManagement;
import org.rampart.warning.WarningLevel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The silences API: the scoped list (active, then recently ended), creation and ending early. */
@RestController
@RequestMapping("/api/v1/silences")
class SilenceApiController {

    private final SilenceManagement silences;

    SilenceApiController(SilenceManagement silences) {
        this.silences = silences;
    }

    /** A silence to create; {@code duration} in ISO-8601 ({@code PT2H}, {@code P3D}). */
    record SilenceRequest(String ruleCode, RiskDomain domain, String jurisdiction, WarningLevel minLevel,
            Duration duration, String reason) {
    }

    @GetMapping
    List<Silence> list() {
        return silences.silences(CurrentActor.get());
    }

    @GetMapping("/{id}")
    Silence get(@PathVariable long id) {
        return silences.silence(CurrentActor.get(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Silence create(@RequestBody SilenceRequest body) {
        return silences.create(CurrentActor.get(), new SilenceDraft(body.ruleCode(), body.domain(), body.jurisdiction(),
                body.minLevel(), body.duration(), body.reason()));
    }

    @PostMapping("/{id}/end")
    Silence end(@PathVariable long id) {
        return silences.end(CurrentActor.get(), id);
    }
}
