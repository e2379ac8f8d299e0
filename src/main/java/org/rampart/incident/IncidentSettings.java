package org.rampart.incident;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Incident settings ({@code rampart.incident.*}): the tree levels of counties, cities and provinces for the reporting
 * chain, the first deadline and the time per level upward, how soon a supplementary report is due after casualty
 * figures change, the follow-up cadences, and the batch size of the timed passes.
 */
@ConfigurationProperties("rampart.incident")
record IncidentSettings(@DefaultValue("3") int countyLevel, @DefaultValue("2") int cityLevel,
        @DefaultValue("1") int provinceLevel, @DefaultValue("1h") Duration firstReport,
        @DefaultValue("2h") Duration perLevel, @DefaultValue("2h") Duration supplementaryWithin,
        @DefaultValue("24h") Duration followUpDaily, @DefaultValue("12h") Duration followUpTwiceDaily,
        @DefaultValue("100") int batchSize) {

    IncidentSettings {
        if (provinceLevel < 1 || cityLevel <= provinceLevel || countyLevel <= cityLevel) {
            throw new IllegalArgumentException("rampart.incident: need 1 <= province-level < city-level < county-level");
        }
        for (Duration d : new Duration[] {firstReport, perLevel, supplementaryWithin, followUpDaily, followUpTwiceDaily}) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("rampart.incident: durations must be positive");
            }
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("rampart.incident.batch-size must be at least 1");
        }
    }

    static IncidentSettings defaults() {
        return new IncidentSettings(3, 2, 1, Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(2),
                Duration.ofHours(24), Duration.ofHours(12), 100);
    }

    ReportingChain chain() {
        return new ReportingChain(countyLevel, cityLevel, provinceLevel, firstReport, perLevel);
    }

    /** The follow-up cadence of a grade while the incident is open: twice daily for I and II, daily for III and IV. */
    Duration followUp(IncidentGrade grade) {
        return grade == IncidentGrade.I || grade == IncidentGrade.II ? followUpTwiceDaily : followUpDaily;
    }
}
