package org.rampart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.Unit;
import org.rampart.risk.RiskMatrix;

/** The demo register generator alone: deterministic, and every history consistent with its risk. */
class DemoRisksTests {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private static List<Jurisdiction> places() {
        List<Jurisdiction> places = new ArrayList<>();
        places.add(new Jurisdiction(1, "DP", null, 1, "P", "P", null, false, "/1/", true, 3));
        long id = 2;
        for (int c = 1; c <= 3; c++) {
            String city = "DP-0" + c;
            long cityId = id++;
            places.add(new Jurisdiction(cityId, city, "DP", 2, city, city, null, false, "/1/" + cityId + "/", true, 2));
            for (int k = 1; k <= 2; k++) {
                long countyId = id++;
                places.add(new Jurisdiction(countyId, city + "-0" + k, city, 3, "K", "K", null, false,
                        "/1/" + cityId + "/" + countyId + "/", true, 0));
            }
        }
        return places;
    }

    private static Map<String, Map<String, Unit>> units(List<Jurisdiction> places) {
        Map<String, Map<String, Unit>> units = new HashMap<>();
        long id = 100;
        for (Jurisdiction p : places) {
            Map<String, Unit> byKind = new HashMap<>();
            for (String[] kind : DemoProvince.UNIT_KINDS) {
                byKind.put(kind[0], new Unit(id++, p.code() + "-" + kind[0], p.code(), kind[1], kind[2], kind[3], true));
            }
            units.put(p.code(), byKind);
        }
        return units;
    }

    @Test
    void theSameSeedGivesTheSameRegister() {
        List<Jurisdiction> places = places();
        var a = DemoRisks.generate(places, units(places), 7L, NOW);
        var b = DemoRisks.generate(places, units(places), 7L, NOW);
        assertThat(a).isEqualTo(b);
        assertThat(DemoRisks.generate(places, units(places), 8L, NOW)).isNotEqualTo(a);
    }

    @Test
    void everyRiskMatchesItsLatestAssessmentAndItsHistoryLiesInThePast() {
        List<Jurisdiction> places = places();
        RiskMatrix matrix = RiskMatrix.defaults();
        var risks = DemoRisks.generate(places, units(places), 20261127L, NOW);
        assertThat(risks).hasSizeGreaterThan(20);
        assertThat(risks.stream().map(DemoRisks.RiskRow::code).distinct().count()).isEqualTo(risks.size());
        for (var r : risks) {
            var history = r.assessments();
            var last = history.get(history.size() - 1);
            assertThat(r.level()).isEqualTo(matrix.level(r.likelihood(), r.impact())).isEqualTo(last.level());
            assertThat(r.likelihood()).isEqualTo(last.likelihood());
            assertThat(history.get(0).at()).isEqualTo(r.createdAt());
            for (var a : history) {
                assertThat(a.at()).isBeforeOrEqualTo(NOW);
                assertThat(a.residualLikelihood()).isBetween(1, a.likelihood());
            }
            assertThat(r.owner()).isNotNull();
            assertThat(r.owner().code()).startsWith(r.place().code() + "-");
            if (r.closedAt() != null) {
                assertThat(r.closedAt()).isAfter(last.at()).isBeforeOrEqualTo(NOW);
                assertThat(r.status()).isEqualTo("CLOSED");
            }
            r.treatments().forEach(t -> assertThat(t.due()).isAfter(r.createdAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()));
        }
        assertThat(risks.stream().map(r -> r.level()).distinct().count()).isEqualTo(4);
    }
}
