package org.rampart.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rampart.identity.RampartUserDetails;
import org.rampart.identity.UserManagement;
import org.rampart.indicator.IngestReport;
import org.rampart.indicator.ObservationInput;
import org.rampart.indicator.ObservationManagement;
import org.rampart.indicator.PeriodType;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.Direction;
import org.rampart.warning.RuleDefinition;
import org.rampart.warning.RuleDraft;
import org.rampart.warning.SilenceDraft;
import org.rampart.warning.SilenceManagement;
import org.rampart.warning.Warning;
import org.rampart.warning.WarningFilter;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningManagement;
import org.rampart.warning.cap.CapDraftManagement;
import org.springframework.stereotype.Component;

/**
 * The early warning at work in the demo: two threshold rules defined through the rule facade, then current
 * observations fed through the normal ingestion path so that the rules really fire in counties of several cities.
 * Demo users then act as people would (acknowledge, silence, resolve, prepare and approve a public warning) and the
 * escalation pass runs as the timers would. Every step goes through the module facades, checked and audited.
 */
@Component
class DemoWarnings {

    static final String RAIN_RULE = "DEMO-RAINSTORM";
    static final String DISPUTE_RULE = "DEMO-DISPUTE-SURGE";

    private final WarningManagement warnings;
    private final SilenceManagement silences;
    private final CapDraftManagement cap;
    private final ObservationManagement observations;
    private final JurisdictionManagement jurisdictions;
    private final UserManagement users;

    DemoWarnings(WarningManagement warnings, SilenceManagement silences, CapDraftManagement cap,
            ObservationManagement observations, JurisdictionManagement jurisdictions, UserManagement users) {
        this.warnings = warnings;
        this.silences = silences;
        this.cap = cap;
        this.observations = observations;
        this.jurisdictions = jurisdictions;
        this.users = users;
    }

    private int raised;

    /** Define the rules, feed the observations and act on the warnings; returns the number of warnings raised. */
    int load(Actor system, String root) {
        raised = 0;
        warnings.create(system, new RuleDraft(RAIN_RULE, "RAIN_1H", RiskDomain.DISASTER, "Rainstorm: hourly rainfall",
                "暴雨：小时降雨量", RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(WarningLevel.BLUE, 20.0,
                        WarningLevel.YELLOW, 30.0, WarningLevel.ORANGE, 50.0, WarningLevel.RED, 70.0), List.of(), 2),
                true));
        warnings.create(system, new RuleDraft(DISPUTE_RULE, "DISPUTE_CASES", RiskDomain.DISPUTES,
                "Surge of dispute and petition cases", "矛盾纠纷和信访案件激增",
                RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(WarningLevel.BLUE, 15.0,
                        WarningLevel.YELLOW, 20.0, WarningLevel.ORANGE, 30.0, WarningLevel.RED, 40.0), List.of(), 2),
                true));
        List<Jurisdiction> c1 = counties(system, root + "-01");
        List<Jurisdiction> c2 = counties(system, root + "-02");
        List<Jurisdiction> c3 = counties(system, root + "-03");
        List<Jurisdiction> c4 = counties(system, root + "-04");
        List<Jurisdiction> c5 = counties(system, root + "-05");
        Actor provinceCoordinator = actor("coordinator.province");
        Actor cityCoordinator = actor("coordinator.city");
        Actor countyOfficer = actor("officer.county");

        // 1. A red rainstorm in a county of the second city that nobody acknowledges in time: the escalation pass,
        // run as the timers would once the red deadline (30 minutes by default) has passed, takes it to its city.
        ingest(system, rain(c2.get(0), 76.4));
        warnings.escalateDue(Instant.now().plus(WarningLevel.RED.defaultAcknowledgeWithin()).plusSeconds(60));

        // 2. Open warnings at every level in several cities.
        ingest(system, rain(c1.get(0), 82.5), rain(c1.get(1), 56.0), rain(c1.get(2), 34.2), rain(c1.get(3), 22.8),
                rain(c2.get(1), 58.7), rain(c2.get(2), 31.5), rain(c2.get(3), 24.1), rain(c3.get(0), 71.3),
                disputes(c3.get(1), 23), disputes(c3.get(2), 16), disputes(c1.get(0), 33));

        // 3. People acknowledge some of them with a comment.
        acknowledge(cityCoordinator, RAIN_RULE, c1.get(0), "Flood control headquarters activated; rescue teams on "
                + "standby along the river. 已启动防汛应急响应，沿河救援队伍待命。");
        acknowledge(cityCoordinator, RAIN_RULE, c1.get(1), "Township cadres are checking low-lying villages and "
                + "underpasses. 乡镇干部正在排查低洼村庄和下穿通道。");
        acknowledge(countyOfficer, DISPUTE_RULE, c1.get(0), "Mediation team sent to the land compensation dispute; "
                + "the county letters and visits office is following up. 已派调解组处理征地补偿纠纷，县信访局跟进。");

        // 4. A silence set by the province coordinator during a rain gauge calibration, then a warning it mutes.
        CurrentActor.runAs(provinceCoordinator, () -> silences.create(provinceCoordinator, new SilenceDraft(
                RAIN_RULE, null, c4.get(0).code(), null, Duration.ofDays(3),
                "Rain gauges of this county are being calibrated; readings are checked by hand. "
                        + "该县雨量站正在校准，读数由人工核对。")));
        ingest(system, rain(c4.get(0), 36.9));

        // 5. A resolved history: warnings raised, handled and resolved with a note.
        ingest(system, rain(c5.get(0), 27.4), rain(c5.get(1), 52.0), disputes(c5.get(2), 21));
        resolve(provinceCoordinator, RAIN_RULE, c5.get(0), "Rain stopped after two hours; no waterlogging reported. "
                + "降雨两小时后停止，未报告内涝。");
        resolve(provinceCoordinator, RAIN_RULE, c5.get(1), "Drainage pumps cleared the standing water; roads reopened. "
                + "排涝泵站已排除积水，道路恢复通行。");
        resolve(provinceCoordinator, DISPUTE_RULE, c5.get(2), "The disputes were mediated at township level; cases "
                + "closed. 纠纷已在乡镇层面调解结案。");

        // 6. A public warning: the city coordinator drafts it from the red rainstorm, the province coordinator
        // approves and publishes it to the CAP feed.
        long red = find(provinceCoordinator, RAIN_RULE, c1.get(0)).id();
        cap.publishFromWarning(cityCoordinator, provinceCoordinator, red);
        return raised;
    }

    private List<Jurisdiction> counties(Actor system, String city) {
        List<Jurisdiction> list = jurisdictions.children(system, city, new PageQuery(0, PageQuery.MAX_SIZE)).items();
        if (list.size() < 5) {
            throw new IllegalStateException("The demo city " + city + " has fewer than 5 counties");
        }
        return list;
    }

    private Actor actor(String username) {
        return users.loadForSignIn(username).map(RampartUserDetails::actor)
                .orElseThrow(() -> new IllegalStateException("no demo user " + username));
    }

    private ObservationInput rain(Jurisdiction county, double mm) {
        return current("RAIN_1H", PeriodType.HOURLY, county, mm);
    }

    private ObservationInput disputes(Jurisdiction county, int cases) {
        return current("DISPUTE_CASES", PeriodType.DAILY, county, cases);
    }

    /** An observation of the current period (the hour or day now under way). */
    private ObservationInput current(String indicator, PeriodType period, Jurisdiction county, double value) {
        Instant start = period.start(Instant.now(), observations.zone());
        return new ObservationInput(indicator, county.code(), start.toString(), String.valueOf(value), null);
    }

    /** Feed observations through the ingestion facade, as REST, CSV and MQTT do; each one here raises a warning. */
    private void ingest(Actor system, ObservationInput... inputs) {
        IngestReport report = observations.ingest(system, List.of(inputs), false, "demo");
        if (report.refused() || report.stored() != inputs.length) {
            throw new IllegalStateException("The demo observations were not all stored: " + report.rejected());
        }
        raised += inputs.length;
    }

    private Warning find(Actor actor, String rule, Jurisdiction county) {
        List<Warning> found = warnings.warnings(actor, new WarningFilter(null, null, county.code(), null),
                new PageQuery(0, 10)).items().stream().filter(w -> w.ruleCode().equals(rule)).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("The demo observation in " + county.code() + " raised no warning");
        }
        return found.get(0);
    }

    private void acknowledge(Actor actor, String rule, Jurisdiction county, String comment) {
        long id = find(actor, rule, county).id();
        CurrentActor.runAs(actor, () -> warnings.acknowledge(actor, id, comment));
    }

    private void resolve(Actor actor, String rule, Jurisdiction county, String note) {
        long id = find(actor, rule, county).id();
        CurrentActor.runAs(actor, () -> warnings.resolve(actor, id, note));
    }
}
