package org.rampart.indicator;

import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Store observations and read them back as series, maps, grids and completeness tables. Every way in (JSON batch,
 * CSV, manual grid) goes through {@link #ingest}; every read is limited to the actor's scope in SQL, and a
 * jurisdiction outside it is reported as unknown or not found.
 *
 * <p>Periodic indicators store the start of the period in the site's time zone ({@code rampart.time-zone},
 * default the system zone). Parents that do not report get values rolled up from the top-most reports in their
 * subtree by the indicator's aggregation (see {@link Aggregation}).
 */
@Service
@Transactional(readOnly = true)
public class ObservationManagement {

    /** The most items one JSON batch may hold. */
    public static final int MAX_BATCH = 10_000;
    /** The most rows one CSV file may hold. */
    public static final int MAX_CSV_ROWS = 100_000;
    /** Periods shown by grids and completeness tables when the caller does not say. */
    public static final int DEFAULT_PERIODS = 6;
    static final int MAX_PERIODS = 60;
    static final int MAX_SERIES_POINTS = 20_000;

    private final IndicatorPolicy policy;
    private final ObservationRepository repository;
    private final IndicatorRepository indicators;
    private final JurisdictionManagement jurisdictions;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    ObservationManagement(ObservationRepository repository, IndicatorRepository indicators,
            JurisdictionManagement jurisdictions, ApplicationEventPublisher events,
            @Value("${rampart.time-zone:}") String zone, IndicatorPolicy policy) {
        this.policy = policy;
        this.repository = repository;
        this.indicators = indicators;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /** The site's time zone, in which periods start. */
    public ZoneId zone() {
        return zone;
    }

    /** True when the actor may submit observations. */
    public boolean maySubmit(Actor actor) {
        return policy.maySubmit(actor);
    }

    /**
     * Validate and store observations. Unless {@code skipBad}, nothing is stored when any item is bad. A value
     * equal to the stored one changes nothing; a different value supersedes it and the old one goes into the
     * history. {@link ObservationsRecorded} is published inside the transaction with exactly the stored values.
     * Items are named by index (JSON) or by line (when the input carries one).
     */
    @Transactional
    public IngestReport ingest(Actor actor, List<ObservationInput> inputs, boolean skipBad, String source) {
        return ingest(actor, inputs, List.of(), inputs.size(), skipBad, source);
    }

    /**
     * Read a JSON batch ({@code observations} array of at most {@link #MAX_BATCH} items and an optional
     * {@code skipBad}) and ingest it; throws bad-input for a body that is not such a batch.
     */
    @Transactional
    public IngestReport ingestJson(Actor actor, byte[] body, String source) {
        requireSubmitter(actor);
        ObservationJson.Batch batch = ObservationJson.read(body, MAX_BATCH);
        return ingest(actor, batch.inputs(), batch.problems(), batch.inputs().size(), batch.skipBad(), source);
    }

    /** Read a CSV file (columns indicator, jurisdiction, time, value) and ingest it; problems name CSV lines. */
    @Transactional
    public IngestReport ingestCsv(Actor actor, InputStream in, boolean skipBad, String source) {
        requireSubmitter(actor);
        ObservationCsv.Parsed parsed = ObservationCsv.read(in, MAX_CSV_ROWS);
        if (parsed.fatal()) {
            return new IngestReport(parsed.read(), 0, 0, parsed.problems(), true);
        }
        return ingest(actor, parsed.inputs(), parsed.problems(), parsed.read(), skipBad, source);
    }

    private IngestReport ingest(Actor actor, List<ObservationInput> inputs, List<Problem> earlier, int received,
            boolean skipBad, String source) {
        requireSubmitter(actor);
        if (inputs.size() > MAX_CSV_ROWS) {
            throw BadInputException.of("observations", "observation.batch.too-many", inputs.size(), MAX_CSV_ROWS);
        }
        Set<String> indicatorCodes = new HashSet<>();
        Set<String> placeCodes = new HashSet<>();
        for (ObservationInput in : inputs) {
            if (in != null) {
                if (in.indicator() != null) {
                    indicatorCodes.add(in.indicator());
                }
                if (in.jurisdiction() != null) {
                    placeCodes.add(in.jurisdiction());
                }
            }
        }
        // a batch names few distinct codes: check their form once each, not once per item
        indicatorCodes.removeIf(code -> !IndicatorManagement.CODE.matcher(code).matches());
        placeCodes.removeIf(code -> !IndicatorManagement.CODE.matcher(code).matches());
        Map<String, Indicator> known = new HashMap<>();
        indicators.findByCodes(indicatorCodes).forEach(i -> known.put(i.code(), i));
        Map<String, ObservationRepository.Place> places = repository.placesInScope(actor.scope().path(), placeCodes);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ObservationValidator.Result result = ObservationValidator.validate(inputs, known, places, now, zone);
        List<Problem> problems = new ArrayList<>(earlier);
        problems.addAll(result.problems());
        problems.sort(Comparator.comparing((Problem p) -> p.line() != null ? p.line() : p.index() != null ? p.index() : -1));
        if (!problems.isEmpty() && !skipBad) {
            return new IngestReport(received, 0, 0, problems, true);
        }
        List<ObservationRepository.Row> rows = result.valid().stream().map(ObservationValidator.Valid::row).toList();
        String src = source == null || source.isBlank() ? "api" : source.length() > 200 ? source.substring(0, 200) : source;
        Map<Long, String> codes = new HashMap<>();
        known.values().forEach(i -> codes.put(i.id(), i.code()));
        Map<Long, String> paths = new HashMap<>();
        places.values().forEach(p -> paths.put(p.id(), p.path()));
        List<ObservationsRecorded.Recorded> stored = repository.store(rows, src, now, codes, paths);
        if (!stored.isEmpty()) {
            events.publishEvent(new ObservationsRecorded(stored, src));
        }
        return new IngestReport(received, stored.size(), rows.size() - stored.size(), problems, false);
    }

    private void requireSubmitter(Actor actor) {
        policy.requireSubmit(actor);
    }

    /**
     * The series of an indicator for a jurisdiction in scope over [from, to) (null bounds: the last 30 periods up to
     * now). Periods the jurisdiction did not report carry the value rolled up from its subtree, flagged.
     */
    public Series series(Actor actor, String indicatorCode, String jurisdictionCode, Instant from, Instant to) {
        Indicator indicator = indicators.findByCode(indicatorCode == null ? "" : indicatorCode)
                .orElseThrow(() -> new org.rampart.shared.NotFoundException("indicator " + indicatorCode));
        Jurisdiction j = jurisdictions.get(actor, jurisdictionCode);
        Instant end = to != null ? to : Instant.now().plus(ObservationValidator.MAX_AHEAD);
        Instant start = from != null ? from : indicator.periodType().plus(indicator.periodType().bucket(end, zone), -30, zone);
        if (!start.isBefore(end)) {
            throw BadInputException.of("from", "observation.range.reversed");
        }
        List<Series.Point> points = new ArrayList<>();
        for (ObservationRepository.Aggregate a : repository.aggregates(actor.scope().path(), indicator.id(), j.path(),
                depth(j.path()) - 1, start, end)) {
            Double value = a.own() ? Double.valueOf(a.last()) : rolledUp(indicator.aggregation(), a);
            if (value != null) {
                points.add(new Series.Point(a.periodStart(), value, !a.own()));
            }
            if (points.size() >= MAX_SERIES_POINTS) {
                throw BadInputException.of("from", "observation.range.too-long", MAX_SERIES_POINTS);
            }
        }
        return new Series(indicator, j.code(), start, end, points);
    }

    /**
     * The stored values of one series in [from, to), oldest first, without a scope: for other modules evaluating
     * their own rules on the values they were told about (rolling windows, rate of change, missing data). Only the
     * jurisdiction's own values; nothing is rolled up.
     */
    public List<Series.Point> storedValues(long indicatorId, long jurisdictionId, Instant from, Instant to) {
        return repository.series(indicatorId, jurisdictionId, from, to).stream()
                .map(s -> new Series.Point(s.periodStart(), s.value(), false)).toList();
    }

    /**
     * The latest value (own or rolled up) of each child of a parent in scope within the last 12 periods, by child
     * code; children without one are left out.
     */
    public Map<String, Double> latestByChild(Actor actor, String indicatorCode, String parentCode) {
        Indicator indicator = indicatorFor(indicatorCode);
        Jurisdiction parent = jurisdictions.get(actor, parentCode);
        Map<Long, Jurisdiction> children = children(actor, parent.code());
        Instant end = Instant.now().plus(ObservationValidator.MAX_AHEAD);
        Instant start = indicator.periodType().plus(indicator.periodType().bucket(end, zone), -12, zone);
        Map<Long, Double> latest = new HashMap<>();
        for (ObservationRepository.Aggregate a : repository.aggregates(actor.scope().path(), indicator.id(), parent.path(),
                depth(parent.path()), start, end)) {
            Double value = a.own() ? Double.valueOf(a.last()) : rolledUp(indicator.aggregation(), a);
            if (value != null) {
                latest.put(a.targetId(), value);
            }
        }
        Map<String, Double> byCode = new LinkedHashMap<>();
        children.forEach((id, child) -> {
            if (latest.containsKey(id)) {
                byCode.put(child.code(), latest.get(id));
            }
        });
        return byCode;
    }

    /** Which children of a parent in scope reported each of the last {@code periods} periods, on time or late. */
    public Completeness completeness(Actor actor, String indicatorCode, String parentCode, int periods) {
        Indicator indicator = indicatorFor(indicatorCode);
        Jurisdiction parent = jurisdictions.get(actor, parentCode);
        List<Instant> columns = lastPeriods(indicator.periodType(), periods);
        Instant now = Instant.now();
        Map<Long, Jurisdiction> children = children(actor, parent.code());
        Map<Long, Map<Instant, Instant>> firstReceived = new HashMap<>();
        PeriodType type = indicator.periodType();
        for (ObservationRepository.Stored s : repository.childValues(actor.scope().path(), indicator.id(), parent.id(),
                columns.get(0), type.plus(columns.get(columns.size() - 1), 1, zone))) {
            firstReceived.computeIfAbsent(s.jurisdictionId(), k -> new HashMap<>())
                    .merge(type.bucket(s.periodStart(), zone), s.receivedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Completeness.Row> rows = new ArrayList<>();
        children.forEach((id, child) -> {
            Map<Instant, Instant> received = firstReceived.getOrDefault(id, Map.of());
            List<Completeness.State> states = new ArrayList<>();
            for (Instant period : columns) {
                Instant deadline = type.plus(period, 2, zone);
                Instant at = received.get(period);
                states.add(at == null ? (now.isAfter(deadline) ? Completeness.State.MISSING : Completeness.State.PENDING)
                        : at.isAfter(deadline) ? Completeness.State.LATE : Completeness.State.ON_TIME);
            }
            rows.add(new Completeness.Row(child.code(), child.nameEn(), child.nameZh(), states));
        });
        return new Completeness(indicator, parent.code(), columns, rows);
    }

    /** The manual-entry grid: the children of a parent in scope by the last {@code periods} periods. */
    public Grid grid(Actor actor, String indicatorCode, String parentCode, int periods) {
        Indicator indicator = indicatorFor(indicatorCode);
        Jurisdiction parent = jurisdictions.get(actor, parentCode);
        List<Instant> columns = lastPeriods(indicator.periodType(), periods);
        Map<Long, Jurisdiction> children = children(actor, parent.code());
        Map<Long, Map<Instant, Double>> values = new HashMap<>();
        for (ObservationRepository.Stored s : repository.childValues(actor.scope().path(), indicator.id(), parent.id(),
                columns.get(0), indicator.periodType().plus(columns.get(columns.size() - 1), 1, zone))) {
            values.computeIfAbsent(s.jurisdictionId(), k -> new TreeMap<>()).put(s.periodStart(), s.value());
        }
        List<Grid.Row> rows = new ArrayList<>();
        children.forEach((id, child) -> {
            Map<Instant, Double> own = values.getOrDefault(id, Map.of());
            rows.add(new Grid.Row(child.code(), child.nameEn(), child.nameZh(),
                    columns.stream().map(own::get).toList()));
        });
        return new Grid(indicator, parent.code(), columns, rows);
    }

    /** The superseded values of one series in scope, newest first. */
    public List<Map<String, Object>> history(Actor actor, String indicatorCode, String jurisdictionCode) {
        Indicator indicator = indicatorFor(indicatorCode);
        Jurisdiction j = jurisdictions.get(actor, jurisdictionCode);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ObservationRepository.HistoryRow h : repository.history(actor.scope().path(), indicator.id(), j.id())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", h.periodStart());
            m.put("value", h.value());
            m.put("source", h.source());
            m.put("receivedAt", h.receivedAt());
            m.put("supersededAt", h.supersededAt());
            rows.add(m);
        }
        return rows;
    }

    /** Read a time bound given by a caller (ISO-8601 instant, local date-time or date in the site zone); null stays null. */
    public Instant parseTime(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant t = ObservationValidator.parseTime(text.trim(), zone);
        if (t == null) {
            throw BadInputException.of(field, "observation.time.invalid", text);
        }
        return t;
    }

    private Indicator indicatorFor(String code) {
        return indicators.findByCode(code == null ? "" : code)
                .orElseThrow(() -> new org.rampart.shared.NotFoundException("indicator " + code));
    }

    private List<Instant> lastPeriods(PeriodType type, int periods) {
        if (periods < 1 || periods > MAX_PERIODS) {
            throw BadInputException.of("periods", "number.range", 1, MAX_PERIODS);
        }
        Instant current = type.bucket(Instant.now(), zone);
        List<Instant> columns = new ArrayList<>();
        for (int i = periods - 1; i >= 0; i--) {
            columns.add(type.plus(current, -i, zone));
        }
        return columns;
    }

    private Map<Long, Jurisdiction> children(Actor actor, String parentCode) {
        Map<Long, Jurisdiction> children = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            Page<Jurisdiction> p = jurisdictions.children(actor, parentCode, new PageQuery(page, PageQuery.MAX_SIZE));
            p.items().stream().filter(Jurisdiction::active).forEach(j -> children.put(j.id(), j));
            if (!p.hasNext()) {
                return children;
            }
        }
    }

    static Double rolledUp(Aggregation aggregation, ObservationRepository.Aggregate a) {
        switch (aggregation) {
            case SUM:
                return a.sum();
            case MEAN:
                return a.mean();
            case POPULATION_WEIGHTED_MEAN:
                return a.weightedMean();
            case MAX:
                return a.max();
            case MIN:
                return a.min();
            case LAST:
                return a.last();
            default:
                return null;
        }
    }

    static int depth(String path) {
        int n = 0;
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                n++;
            }
        }
        return n;
    }
}
