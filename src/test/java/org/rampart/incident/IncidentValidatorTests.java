package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.BadInputException.Problem;

/** The pure checks of an incident's input and the status transitions, without Spring or a database. */
class IncidentValidatorTests {

    private final IncidentValidator validator = new IncidentValidator(ZoneId.of("Asia/Shanghai"));
    private final Instant now = Instant.parse("2026-05-01T08:00:00Z");

    private static IncidentDraft draft(String type, String occurredAt, Integer deaths, BigDecimal loss, Double lon,
            Double lat, List<String> warnings) {
        return new IncidentDraft(type, null, "Fire in a warehouse", null, "DP-01", lon, lat, occurredAt, null, null,
                deaths, null, null, null, loss, warnings, null);
    }

    @Test
    void eachRefusalIsACodeOnItsField() {
        List<Problem> problems = new ArrayList<>();
        IncidentRepository.Row row = validator.row(draft("QUAKE", "2026-06-01T00:00:00Z", -1, new BigDecimal("1.234"),
                10.0, null, List.of("ok-1", "bad ref")), null, now, now, (p, x, y) -> true, problems);
        assertThat(row).isNull();
        assertThat(problems).extracting(Object::toString).containsExactly(
                "type: incident.value.not-one-of [QUAKE, " + java.util.Arrays.toString(IncidentType.values()) + "]",
                "occurredAt: incident.time.future",
                "deaths: incident.number.negative",
                "economicLoss: incident.number.decimals",
                "latitude: incident.point.both",
                "item 2: warningRefs: incident.ref.invalid [bad ref]");
    }

    @Test
    void timesAreReadInTheSiteZoneAndTheirProblemNamesTheText() {
        List<Problem> problems = new ArrayList<>();
        assertThat(validator.time("occurredAt", "2026-05-01T10:00", true, problems))
                .isEqualTo(Instant.parse("2026-05-01T02:00:00Z"));
        assertThat(validator.time("occurredAt", "yesterday", true, problems)).isNull();
        assertThat(validator.time("reportedAt", " ", false, problems)).isNull();
        assertThat(problems).extracting(Object::toString).containsExactly("occurredAt: incident.time.invalid [yesterday]");
    }

    @Test
    void aPointOutsideThePlaceIsRefusedNamingThePlace() {
        Jurisdiction place = new Jurisdiction(5, "DP-01", "DP", 2, "Demo City", "演示市", null, true, "/1/5/", true, 0);
        List<Problem> problems = new ArrayList<>();
        validator.row(draft("PRODUCTION_SAFETY", "2026-05-01T07:00:00Z", 0, null, 120.0, 30.0, null), place, now, now,
                (p, x, y) -> false, problems);
        assertThat(problems).extracting(Object::toString).containsExactly("longitude: incident.point.outside [DP-01]");
    }

    @Test
    void aStatusMovesOnlyToTheNextAndClosesOnlyAfterTheFinalReport() {
        assertThat(IncidentStatus.REPORTED.refusalOfChangeTo(IncidentStatus.VERIFIED, false)).isEmpty();
        assertThat(IncidentStatus.REPORTED.refusalOfChangeTo(IncidentStatus.RESPONDING, false)).get()
                .hasToString("status: incident.status.not-next [REPORTED, RESPONDING]");
        assertThat(IncidentStatus.STABILISED.refusalOfChangeTo(IncidentStatus.CLOSED, false)).get()
                .hasToString("status: incident.status.final-report-first");
        assertThat(IncidentStatus.STABILISED.refusalOfChangeTo(IncidentStatus.CLOSED, true)).isEmpty();
        assertThat(IncidentStatus.CLOSED.open()).isFalse();
    }
}
