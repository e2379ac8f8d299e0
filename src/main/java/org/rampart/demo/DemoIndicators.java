package org.rampart.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rampart.indicator.IndicatorDraft;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.indicator.IngestReport;
import org.rampart.indicator.ObservationInput;
import org.rampart.indicator.ObservationManagement;
import org.rampart.indicator.PeriodType;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Component;

/** Demo indicators with plausible recent observations for the counties of the first city. */
@Component
class DemoIndicators {

    /** code, English, Chinese, domain, unit, period, aggregation, responsible unit kind, periods of history. */
    static final String[][] INDICATORS = {
        {"RAIN_1H", "Hourly rainfall", "小时降雨量", "DISASTER", "mm", "HOURLY", "MEAN", "EM", "72"},
        {"GRAIN_RESERVE_DAYS", "Grain reserve days", "粮食储备可供天数", "FOOD", "days", "MONTHLY",
            "POPULATION_WEIGHTED_MEAN", "AGR", "12"},
        {"DISPUTE_CASES", "New dispute and petition cases", "新增矛盾纠纷和信访案件", "DISPUTES", "cases", "DAILY", "SUM",
            "JUS", "30"},
        {"PRODUCTION_ACCIDENTS", "Production safety accidents", "安全生产事故起数", "PRODUCTION_SAFETY", "accidents",
            "MONTHLY", "SUM", "EM", "12"}};

    private final IndicatorManagement indicators;
    private final ObservationManagement observations;
    private final JurisdictionManagement jurisdictions;

    DemoIndicators(IndicatorManagement indicators, ObservationManagement observations,
            JurisdictionManagement jurisdictions) {
        this.indicators = indicators;
        this.observations = observations;
        this.jurisdictions = jurisdictions;
    }

    /** Create the indicators and their observations; returns the number of observations stored. */
    int load(Actor system, String root, long seed) {
        Random random = new Random(seed);
        List<Jurisdiction> counties = jurisdictions.children(system, root + "-01", new PageQuery(0, PageQuery.MAX_SIZE))
                .items();
        int stored = 0;
        for (String[] d : INDICATORS) {
            indicators.create(system, new IndicatorDraft(d[0], d[1], d[2], d[3], d[4], d[5], d[6], root + "-" + d[7],
                    "Demo data: synthetic values.", "Demo Province", true));
            PeriodType period = PeriodType.valueOf(d[5]);
            Instant current = period.start(Instant.now(), observations.zone());
            int history = Integer.parseInt(d[8]);
            List<ObservationInput> inputs = new ArrayList<>();
            for (Jurisdiction county : counties) {
                double level = 0.5 + random.nextDouble();
                for (int i = history; i >= 1; i--) {
                    Instant start = period.plus(current, -i, observations.zone());
                    inputs.add(new ObservationInput(d[0], county.code(), start.toString(),
                            String.valueOf(value(d[0], level, i, random)), null));
                }
            }
            IngestReport report = observations.ingest(system, inputs, false, "demo");
            if (report.refused()) {
                throw new IllegalStateException("The demo observations did not pass validation: " + report.rejected());
            }
            stored += report.stored();
        }
        return stored;
    }

    private static double value(String code, double level, int periodsAgo, Random random) {
        switch (code) {
            case "RAIN_1H":
                // a storm passing over the last day, dry before
                double storm = periodsAgo <= 24 ? Math.max(0, 18 * Math.sin(Math.PI * periodsAgo / 24.0)) : 0;
                return Math.round(level * (storm + random.nextDouble() * 2) * 10) / 10.0;
            case "GRAIN_RESERVE_DAYS":
                return Math.round((150 + 40 * level - 2 * periodsAgo + random.nextGaussian() * 5) * 10) / 10.0;
            case "DISPUTE_CASES":
                return Math.max(0, Math.round(6 * level + random.nextGaussian() * 2));
            default:
                return random.nextDouble() < 0.35 * level ? 1 + (random.nextDouble() < 0.2 ? 1 : 0) : 0;
        }
    }
}
