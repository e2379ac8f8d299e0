package org.rampart.indicator.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.indicator.Completeness;
import org.rampart.indicator.IndicatorDraft;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.indicator.ObservationManagement;
import org.rampart.indicator.Series;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator API: definitions (changes for administrators and coordinators) and the reads of their values. */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApiController {

    private final IndicatorManagement indicators;
    private final ObservationManagement observations;
    private final DomainManagement domains;

    IndicatorApiController(IndicatorManagement indicators, ObservationManagement observations,
            DomainManagement domains) {
        this.indicators = indicators;
        this.observations = observations;
        this.domains = domains;
    }

    /** Indicators by code, optionally matching {@code q} and within a {@code domain}. */
    @GetMapping
    Page<IndicatorView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String domain,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
        CurrentActor.get();
        return indicators.search(q, domain(domain), PageQuery.of(page, size)).map(i -> IndicatorView.of(i, locale));
    }

    @GetMapping("/{code}")
    IndicatorView get(@PathVariable String code, Locale locale) {
        CurrentActor.get();
        return IndicatorView.of(indicators.get(code), locale);
    }

    @PostMapping
    ResponseEntity<IndicatorView> create(@RequestBody IndicatorDraft body, Locale locale) {
        var created = indicators.create(CurrentActor.get(), body);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/indicators/" + created.code())
                .body(IndicatorView.of(created, locale));
    }

    @PutMapping("/{code}")
    IndicatorView update(@PathVariable String code, @RequestBody IndicatorDraft body, Locale locale) {
        return IndicatorView.of(indicators.update(CurrentActor.get(), code, body), locale);
    }

    /** A series answer: the points, oldest first, with rolledUp on values computed from the subtree. */
    record SeriesView(String indicator, String jurisdiction, String unitOfMeasure,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.indicator.PeriodType.class) String periodType, String from,
            String to, List<Series.Point> points) {
    }

    @GetMapping("/{code}/series")
    SeriesView series(@PathVariable String code, @RequestParam String jurisdiction,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Series s = observations.series(CurrentActor.get(), code, jurisdiction, observations.parseTime("from", from),
                observations.parseTime("to", to));
        return new SeriesView(s.indicator().code(), s.jurisdiction(), s.indicator().unitOfMeasure(),
                s.indicator().periodType().name(), s.from().toString(), s.to().toString(), s.points());
    }

    /** The latest value of each child of {@code parent}, by child code. */
    @GetMapping("/{code}/latest")
    Map<String, Double> latest(@PathVariable String code, @RequestParam String parent) {
        return observations.latestByChild(CurrentActor.get(), code, parent);
    }

    @GetMapping("/{code}/completeness")
    Completeness completeness(@PathVariable String code, @RequestParam String parent,
            @RequestParam(required = false) Integer periods) {
        return observations.completeness(CurrentActor.get(), code, parent,
                periods == null ? ObservationManagement.DEFAULT_PERIODS : periods);
    }

    /** Superseded values of one series, newest first. */
    @GetMapping("/{code}/history")
    List<Map<String, Object>> history(@PathVariable String code, @RequestParam String jurisdiction) {
        return observations.history(CurrentActor.get(), code, jurisdiction);
    }

    RiskDomain domain(String name) {
        return domains.known("domain", name);
    }
}
