package org.rampart.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private record Series(String indicatorCode, long jurisdictionId) {
    }

    /** Mandatory transaction: an observation evaluated outside the one that stores it could escape evaluation. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ObservationsRecorded event) {
        Map<String, List<Rule>> rulesByIndicator = new HashMap<>();
        List<ObservationsRecorded.Recorded> kept = new ArrayList<>();
        Map<Series, ObservationsRecorded.Recorded> touched = new LinkedHashMap<>();
        for (ObservationsRecorded.Recorded r : event.observations()) {
            if (rulesByIndicator.computeIfAbsent(r.indicatorCode(), rules::activeFor).isEmpty()) {
                continue;
            }
            kept.add(r);
            touched.putIfAbsent(new Series(r.indicatorCode(), r.jurisdictionId()), r);
        }
        if (kept.isEmpty()) {
            return;
        }
        inputs.upsert(kept);
        Instant now = clock.instant();
        Map<Long, Optional<JurisdictionRef>> refs = new HashMap<>();
        for (Map.Entry<Series, ObservationsRecorded.Recorded> e : touched.entrySet()) {
            Series s = e.getKey();
            Optional<RuleInputRepository.Latest> latest = inputs.latest(s.indicatorCode(), s.jurisdictionId());
            if (latest.isEmpty()) {
                continue;
            }
            String path = e.getValue().jurisdictionPath();
            List<String> lineage = lineage(path, refs);
            String code = lineage.isEmpty() ? String.valueOf(s.jurisdictionId()) : lineage.get(0);
            for (Rule rule : rulesByIndicator.get(s.indicatorCode())) {
                evaluate(rule, s.jurisdictionId(), code, path, lineage, latest.get(), now);
            }
        }
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
        RuleState state = current.map(WarningRepository.Current::ruleState).orElse(RuleState.NONE);
        RuleDefinition definition = rule.definition();
        List<Point> series = inputs.series(rule.indicatorCode(), jurisdictionId,
                evaluator.needs(definition, latest.periodStart()), latest.periodStart());
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
