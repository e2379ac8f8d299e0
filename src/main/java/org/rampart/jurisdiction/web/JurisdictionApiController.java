package org.rampart.jurisdiction.web;

import java.util.List;
import java.util.Map;
import org.rampart.jurisdiction.JurisdictionLevel;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The jurisdiction API: reads for everyone in scope, changes for administrators. */
@RestController
@RequestMapping("/api/v1")
class JurisdictionApiController {

    private final JurisdictionManagement jurisdictions;

    JurisdictionApiController(JurisdictionManagement jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** Children of {@code parent}, a search when {@code q} is given, or the caller's topmost jurisdictions. */
    @GetMapping("/jurisdictions")
    Page<JurisdictionView> list(@RequestParam(required = false) String parent, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer level, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var actor = CurrentActor.get();
        PageQuery paging = PageQuery.of(page, size);
        if (q != null) {
            return jurisdictions.search(actor, q, level, paging).map(JurisdictionView::of);
        }
        return jurisdictions.children(actor, parent, paging).map(JurisdictionView::of);
    }

    @GetMapping("/jurisdictions/{code}")
    JurisdictionView get(@PathVariable String code) {
        return JurisdictionView.of(jurisdictions.get(CurrentActor.get(), code));
    }

    @GetMapping(value = "/jurisdictions/{code}/map", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> map(@PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(jurisdictions.mapGeoJson(CurrentActor.get(), code));
    }

    @GetMapping("/jurisdictions/{code}/units")
    List<Unit> units(@PathVariable String code) {
        return jurisdictions.units(CurrentActor.get(), code);
    }

    @GetMapping("/jurisdictions/{code}/figures")
    Map<String, Object> figures(@PathVariable String code) {
        var f = jurisdictions.figures(CurrentActor.get(), code);
        return Map.of("jurisdictionsByLevel", f.countsByLevel(), "unitsByLevel", f.unitsByLevel(), "units", f.units(),
                "population", f.population() == null ? 0 : f.population());
    }

    @GetMapping("/levels")
    List<JurisdictionLevel> levels() {
        return jurisdictions.levels();
    }

    @GetMapping("/units")
    Page<Unit> unitsInScope(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return jurisdictions.unitsInScope(CurrentActor.get(), PageQuery.of(page, size));
    }

    @PostMapping("/jurisdictions")
    ResponseEntity<JurisdictionView> create(@RequestBody JurisdictionRequest body) {
        var created = jurisdictions.create(CurrentActor.get(), body.draft());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/jurisdictions/" + created.code()).body(JurisdictionView.of(created));
    }

    @PutMapping("/jurisdictions/{code}")
    JurisdictionView update(@PathVariable String code, @RequestBody JurisdictionRequest body) {
        return JurisdictionView.of(jurisdictions.update(CurrentActor.get(), code, body.draft(),
                Boolean.TRUE.equals(body.clearBoundary())));
    }

    record MoveRequest(String parentCode) {
    }

    @PostMapping("/jurisdictions/{code}/move")
    JurisdictionView move(@PathVariable String code, @RequestBody MoveRequest body) {
        if (body.parentCode() == null || body.parentCode().isBlank()) {
            throw BadInputException.of("parentCode", "value.required");
        }
        return JurisdictionView.of(jurisdictions.move(CurrentActor.get(), code, body.parentCode()));
    }

    @PostMapping("/jurisdictions/{code}/deactivate")
    JurisdictionView deactivate(@PathVariable String code) {
        return JurisdictionView.of(jurisdictions.deactivate(CurrentActor.get(), code));
    }
}
