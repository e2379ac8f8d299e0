package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportingChainTests {

    private static final ReportingChain CHAIN = ReportingChain.defaults();
    private static final Instant REPORTED = Instant.parse("2026-03-01T08:00:00Z");
    private static final List<ReportingChain.Place> TOWNSHIP = List.of(
            new ReportingChain.Place(1, "DP", 1, "/1/"), new ReportingChain.Place(2, "DP-01", 2, "/1/2/"),
            new ReportingChain.Place(3, "DP-01-01", 3, "/1/2/3/"), new ReportingChain.Place(4, "DP-01-01-001", 4, "/1/2/3/4/"));

    private static List<String> describe(List<ReportingChain.Step> steps) {
        return steps.stream().map(s -> (s.external() ? "national" : s.jurisdictionCode()) + " "
                + Duration.between(REPORTED, s.dueAt()).toHours() + "h").toList();
    }

    @Test
    void gradeIvGoesUpToTheCityStartingAtTheCountyWithinOneHour() {
        assertThat(describe(CHAIN.steps(IncidentGrade.IV, TOWNSHIP, REPORTED))).containsExactly("DP-01-01 1h", "DP-01 3h");
    }

    @Test
    void gradeIiiGoesUpToTheProvince() {
        assertThat(describe(CHAIN.steps(IncidentGrade.III, TOWNSHIP, REPORTED)))
                .containsExactly("DP-01-01 1h", "DP-01 3h", "DP 5h");
    }

    @Test
    void gradesIAndIiGoBeyondTheRootToTheNationalLevel() {
        for (IncidentGrade g : List.of(IncidentGrade.I, IncidentGrade.II)) {
            List<ReportingChain.Step> steps = CHAIN.steps(g, TOWNSHIP, REPORTED);
            assertThat(describe(steps)).containsExactly("DP-01-01 1h", "DP-01 3h", "DP 5h", "national 7h");
            assertThat(steps.get(3).external()).isTrue();
            assertThat(steps.get(3).jurisdictionId()).isNull();
        }
    }

    @Test
    void anIncidentKnownOnlyAtCityLevelStartsAtTheCity() {
        assertThat(describe(CHAIN.steps(IncidentGrade.IV, TOWNSHIP.subList(0, 2), REPORTED))).containsExactly("DP-01 1h");
        assertThat(describe(CHAIN.steps(IncidentGrade.III, TOWNSHIP.subList(0, 1), REPORTED))).containsExactly("DP 1h");
    }

    @Test
    void aRisingGradeAddsOnlyTheNewLevelsDueNoEarlierThanTwoHoursPerLevelAfterTheRise() {
        Instant rise = REPORTED.plus(Duration.ofHours(10));
        List<ReportingChain.Step> added = CHAIN.extension(IncidentGrade.I, TOWNSHIP, REPORTED, Set.of(3, 2), rise);
        assertThat(added).extracting(ReportingChain.Step::level).containsExactly(1, 0);
        assertThat(added.get(0).dueAt()).isEqualTo(rise.plus(Duration.ofHours(2)));
        assertThat(added.get(1).dueAt()).isEqualTo(rise.plus(Duration.ofHours(4)));
        Instant early = REPORTED.plus(Duration.ofMinutes(10));
        List<ReportingChain.Step> soon = CHAIN.extension(IncidentGrade.III, TOWNSHIP, REPORTED, Set.of(3, 2), early);
        assertThat(soon.get(0).dueAt()).isEqualTo(REPORTED.plus(Duration.ofHours(5)));
    }

    @Test
    void imageMagicBytesDecide() {
        assertThat(ImageCheck.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThat(ImageCheck.sniff("GIF89a".getBytes())).isEqualTo("image/gif");
        assertThat(ImageCheck.sniff("<html>".getBytes())).isNull();
        assertThat(ImageCheck.claimsImage("application/octet-stream", "x.JPG")).isTrue();
        assertThat(ImageCheck.claimsImage("text/plain", "notes.txt")).isFalse();
    }
}
