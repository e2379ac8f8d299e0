package org.rampart.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rampart.indicator.ObservationsRecorded;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates the rules of each indicator as its observations are stored, inside the storing transaction: the values,
 * the warnings they change, the steps and the {@link WarningChanged} events commit or roll back together with the
 * observations. It reads only the warning module's own tables (see {@link RuleInputRepository}).
 */
@Component
class RuleEvaluation {

    private static final String SYSTEM = "system";

    private final RuleRepository rules;
    private final RuleInputRepository inputs;
    private final WarningRepository warnings;
    private final JurisdictionManagement jurisdictions;
    private final ApplicationEventPublisher events;
    private final RuleEvaluator evaluator;
    private final Clock clock;

    private final SilenceManagement silences;

    RuleEvaluation(RuleRepository rules, RuleInputRepository inputs, WarningRepository warnings,
            JurisdictionManagement jurisdictions, ApplicationEventPublisher events,
            @Value("${rampart.time-zone:}") String zone, Optional<Clock> clock, SilenceManagement silences) {
        this.silences = silences;
        this.rules = rules;
        this.inputs = inputs;
        this.warnings = warnings;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.evaluator = new RuleEvaluator(zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Mandatory transaction: an observation evaluated outside the one that stores it could escape evaluation. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ObservationsRecorded event) {
        Map<String, List<Rule>> rulesByIndicator = rules.activeFor(event.observations().stream()
                .map(ObservationsRecorded.Recorded::indicatorCode).collect(Collectors.toSet()));
        List<ObservationsRecorded.Recorded> kept = new ArrayList<>();
        Map<RuleInputRepository.Key, ObservationsRecorded.Recorded> touched = new LinkedHashMap<>();
        for (ObservationsRecorded.Recorded r : event.observations()) {
            if (rulesByIndicator.get(r.indicatorCode()).isEmpty()) {
                continue;
            }
            kept.add(r);
            touched.putIfAbsent(new RuleInputRepository.Key(r.indicatorCode(), r.jurisdictionId()), r);
        }
        if (kept.isEmpty()) {
            return;
        }
        inputs.upsert(kept);
        Instant now = clock.instant();
        // Set-wise: the latest value of every touched series, then the locks, the warnings and the series of every
        // (rule, jurisdiction) pair in one statement each; then each pair is decided and written as before.
        Map<RuleInputRepository.Key, RuleInputRepository.Latest> latest = inputs.latest(new ArrayList<>(touched.keySet()));
        List<Target> targets = new ArrayList<>();
        for (RuleInputRepository.Key s : touched.keySet()) {
            RuleInputRepository.Latest l = latest.get(s);
            if (l != null) {
                for (Rule rule : rulesByIndicator.get(s.indicatorCode())) {
                    targets.add(new Target(rule, s.jurisdictionId(), touched.get(s).jurisdictionPath(), l));
                }
            }
        }
        List<WarningRepository.Pair> pairs = targets.stream()
                .map(t -> new WarningRepository.Pair(t.rule().id(), t.jurisdictionId())).toList();
        warnings.lock(pairs);
        Map<WarningRepository.Pair, WarningRepository.Current> currents = warnings.current(pairs);
        List<List<Point>> series = inputs.series(targets.stream().map(t -> new RuleInputRepository.SeriesQuery(
                t.rule().indicatorCode(), t.jurisdictionId(),
                evaluator.needs(t.rule().definition(), t.latest().periodStart()), t.latest().periodStart())).toList());
        // every jurisdiction on the paths of the targets, in one query (a lineage names the ancestors' codes)
        Map<Long, Optional<JurisdictionRef>> refs = new HashMap<>();
        Set<Long> onPaths = new HashSet<>();
        for (Target t : targets) {
            for (String id : t.path().split("/")) {
                if (!id.isEmpty()) {
                    onPaths.add(Long.parseLong(id));
                }
            }
        }
        Map<Long, JurisdictionRef> found = jurisdictions.refs(onPaths);
        onPaths.forEach(id -> refs.put(id, Optional.ofNullable(found.get(id))));
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            List<String> lineage = lineage(t.path(), refs);
            String code = lineage.isEmpty() ? String.valueOf(t.jurisdictionId()) : lineage.get(0);
            apply(t.rule(), t.jurisdictionId(), code, t.path(), lineage, t.latest(), now,
                    Optional.ofNullable(currents.get(pairs.get(i))), series.get(i));
        }
    }

    private record Target(Rule rule, long jurisdictionId, String path, RuleInputRepository.Latest latest) {
    }

    /**
     * Evaluate every active missing-data rule for each jurisdiction that has reported its indicator, as of
     * {@code now}: the arrival of an observation can only end a gap, so a gap must be found by looking.
     */
    @Transactional
    int checkMissingData(Instant now) {
        int changes = 0;
        Map<Long, Optional<JurisdictionRef>> refs = new HashMap<>();
        for (Rule rule : rules.activeOfType(RuleType.MISSING_DATA)) {
            for (RuleInputRepository.Reporter r : inputs.reporters(rule.indicatorCode())) {
                Optional<JurisdictionRef> ref = refs.computeIfAbsent(r.jurisdictionId(), jurisdictions::ref);
                if (ref.isEmpty()) {
                    continue;
                }
                List<String> lineage = lineage(ref.get().path(), refs);
                if (evaluate(rule, r.jurisdictionId(), ref.get().code(), ref.get().path(), lineage, r.latest(), now)) {
                    changes++;
                }
            }
        }
        return changes;
    }

    private List<String> lineage(String path, Map<Long, Optional<JurisdictionRef>> refs) {
        List<String> codes = new ArrayList<>();
        String[] ids = path.split("/");
        for (int i = ids.length - 1; i >= 0; i--) {
            if (!ids[i].isEmpty()) {
                refs.computeIfAbsent(Long.parseLong(ids[i]), jurisdictions::ref)
                        .ifPresent(ref -> codes.add(ref.code()));
            }
        }
        return codes;
    }

    private boolean evaluate(Rule rule, long jurisdictionId, String jurisdictionCode, String path, List<String> lineage,
            RuleInputRepository.Latest latest, Instant now) {
        warnings.lock(rule.id(), jurisdictionId);
        Optional<WarningRepository.Current> current = warnings.current(rule.id(), jurisdictionId);
        List<Point> series = inputs.series(rule.indicatorCode(), jurisdictionId,
                evaluator.needs(rule.definition(), latest.periodStart()), latest.periodStart());
        return apply(rule, jurisdictionId, jurisdictionCode, path, lineage, latest, now, current, series);
    }

    /** Decide and write one pair, given its locked warning (if any) and its series. */
    private boolean apply(Rule rule, long jurisdictionId, String jurisdictionCode, String path, List<String> lineage,
            RuleInputRepository.Latest latest, Instant now, Optional<WarningRepository.Current> current,
            List<Point> series) {
        RuleState state = current.map(WarningRepository.Current::ruleState).orElse(RuleState.NONE);
        RuleDefinition definition = rule.definition();
        Evaluation result = evaluator.evaluate(definition, lineage, series, state, now);
        if (!result.changed()) {
            if (current.isPresent() && !result.state().equals(state) && state.level() != null) {
                warnings.hold(current.get().id(), result.state().lowerCount(), result.state().pending());
            }
            return false;
        }
        WarningLevel from = state.level();
        WarningLevel to = result.state().level();
        long warningId;
        switch (result.decision()) {
            case RAISED -> {
                if (current.isPresent()) {
                    warningId = current.get().id();
                    warnings.changeLevel(warningId, rule.version(), WarningState.OPEN, to, result.explanation(), now,
                            true);
                } else {
                    warningId = warnings.insert(new WarningRepository.NewWarning(rule, jurisdictionId,
                            jurisdictionCode, path, to, result.explanation(), now));
                }
            }
            case UPGRADED -> {
                warningId = current.orElseThrow().id();
                warnings.changeLevel(warningId, rule.version(), WarningState.OPEN, to, result.explanation(), now,
                        true);
            }
            case DOWNGRADED -> {
                warningId = current.orElseThrow().id();
                warnings.changeLevel(warningId, rule.version(), current.get().state(), to, result.explanation(),
                        now, false);
            }
            default -> {
                warningId = current.orElseThrow().id();
                warnings.changeLevel(warningId, rule.version(), WarningState.RECOVERED, null, result.explanation(),
                        now, false);
            }
        }
        WarningChanged.Change change = result.decision().change();
        warnings.step(warningId, change, from, to, latest.observationId(), result.explanation(), SYSTEM, null, now);
        events.publishEvent(new WarningChanged(warningId, change, rule.code(), rule.indicatorCode(), rule.domain(),
                from, to, jurisdictionId, path, jurisdictionCode, null, SYSTEM, null,
                silences.silenced(rule.code(), rule.domain(), path, to == null ? from : to, now), now));
        return true;
    }
}
