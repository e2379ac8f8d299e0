package org.rampart.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException;
import org.rampart.shared.RiskDomain;
import org.rampart.warning.Direction;
import org.rampart.warning.Rule;
import org.rampart.warning.RuleDefinition;
import org.rampart.warning.Warning;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningState;
import tools.jackson.databind.json.JsonMapper;

class CapDraftTests {

    static final Instant NOW = Instant.parse("2026-08-01T06:00:00Z");
    static final OffsetDateTime SENT = OffsetDateTime.of(2026, 8, 1, 14, 0, 0, 0, ZoneOffset.ofHours(8));

    private final JsonMapper json = JsonMapper.builder().build();

    static Warning warning(WarningLevel level) {
        return new Warning(7, "RAIN-3H", "RAIN-3H", RiskDomain.DISASTER, 11, "DP-01", "/1/11/", WarningState.OPEN,
                level, level, level, "3-hour rainfall 62 mm", NOW, NOW, null, null, null, null, null, null, null);
    }

    static Rule rule() {
        return new Rule(3, "RAIN-3H", "RAIN-3H", RiskDomain.DISASTER, "Rainstorm", "暴雨",
                RuleDefinition.threshold(Direction.HIGHER_IS_WORSE, Map.of(WarningLevel.BLUE, 50.0), List.of(), 1), 1,
                true, NOW);
    }

    /** A wiggly boundary of 720 points around the demo city (longitude, latitude), as the jurisdiction module stores. */
    static String boundary() {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= 720; i++) {
            double angle = 2 * Math.PI * (i % 720) / 720;
            double r = 0.3 + 0.02 * Math.sin(angle * 37);
            ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]",
                    113.3 + r * Math.cos(angle), 23.1 + r * Math.sin(angle)));
        }
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[[[" + ring + "]]]}";
    }

    CapDraft draft(String msgType) {
        CapDraft.Content content = CapDraftManagement.prefill(warning(WarningLevel.ORANGE), rule(), NOW);
        List<String> polygons = CapAreas.toCap(CapAreas.fromGeoJson(json.readTree(boundary())));
        return new CapDraft(1, CapDraft.State.APPROVED, msgType, 7L, null, null, "DP-01", "/1/11/", content, polygons,
                "coordinator.city", NOW, "coordinator.province", null, null);
    }

    @Test
    void aDraftFromAWarningWritesAMessageThatValidatesWithTwoInfosAndALatLonPolygon() throws Exception {
        CapDraft draft = draft("Alert");
        byte[] xml = CapWriter.write(CapDraftManagement.toMessage(draft, "rampart@localhost", "rampart-DP-01-1-1785564000",
                SENT, null));
        CapSchema.get().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        CapMessage message = CapParser.parse(xml);

        assertThat(message.identifier()).doesNotContainAnyWhitespaces().doesNotContain(",");
        assertThat(message.status()).isEqualTo("Actual");
        assertThat(message.msgType()).isEqualTo("Alert");
        assertThat(message.scope()).isEqualTo("Public");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<sent>2026-08-01T14:00:00+08:00</sent>")
                .contains("<expires>2026-08-02T14:00:00+08:00</expires>");
        assertThat(message.infos()).extracting(CapMessage.Info::language).containsExactly("en-US", "zh-CN");
        assertThat(message.infos()).allSatisfy(i -> {
            assertThat(i.severity()).isEqualTo("Severe");
            assertThat(i.urgency()).isEqualTo("Expected");
            assertThat(i.certainty()).isEqualTo("Likely");
            assertThat(i.categories()).containsExactly("Met");
        });
        assertThat(message.infos().get(0).headline()).contains("Orange").contains("Rainstorm").contains("DP-01");
        assertThat(message.infos().get(1).headline()).contains("暴雨").contains("橙色");

        CapMessage.Area area = message.infos().get(0).areas().get(0);
        assertThat(area.geocodes()).containsExactly(new CapMessage.NamedValue("rampart:jurisdiction", "DP-01"));
        assertThat(area.polygons()).hasSize(1);
        String[] pairs = area.polygons().get(0).split(" ");
        assertThat(pairs.length).isBetween(4, CapAreas.MAX_POINTS);
        assertThat(pairs[0]).isEqualTo(pairs[pairs.length - 1]);
        for (String pair : pairs) {
            String[] latLon = pair.split(",");
            assertThat(Double.parseDouble(latLon[0])).as("latitude first").isBetween(22.7, 23.5);
            assertThat(Double.parseDouble(latLon[1])).as("longitude second").isBetween(112.9, 113.7);
        }
    }

    @Test
    void updatesAndCancelsCarryTheirReferencesAndValidate() {
        for (String type : List.of("Update", "Cancel")) {
            CapMessage message = CapParser.parse(CapWriter.write(CapDraftManagement.toMessage(draft(type),
                    "rampart@localhost", "rampart-DP-01-2-1", SENT,
                    "rampart@localhost,rampart-DP-01-1-1785564000,2026-08-01T13:00:00+08:00")));
            assertThat(message.msgType()).isEqualTo(type);
            assertThat(message.references()).isEqualTo("rampart@localhost,rampart-DP-01-1-1785564000,2026-08-01T13:00:00+08:00");
        }
    }

    @Test
    void eachLevelMapsToItsCapSeverity() {
        assertThat(CapDraftManagement.prefill(warning(WarningLevel.BLUE), rule(), NOW).severity()).isEqualTo("Minor");
        assertThat(CapDraftManagement.prefill(warning(WarningLevel.YELLOW), rule(), NOW).severity()).isEqualTo("Moderate");
        assertThat(CapDraftManagement.prefill(warning(WarningLevel.RED), rule(), NOW).severity()).isEqualTo("Extreme");
        assertThat(CapDraftManagement.category(RiskDomain.FOOD)).isEqualTo("Other");
    }

    @Test
    void aSubDomainAnAdministratorAddedTakesTheCapCategoryOfItsParent() {
        assertThat(CapDraftManagement.category(java.util.List.of(RiskDomain.of("RESERVOIR"), RiskDomain.DISASTER)))
                .isEqualTo("Met");
        assertThat(CapDraftManagement.category(java.util.List.of(RiskDomain.of("RESERVOIR")))).isEqualTo("Other");
    }

    @Test
    void editedTextsAreCheckedFieldByField() {
        CapDraft.Content c = CapDraftManagement.prefill(warning(WarningLevel.RED), rule(), NOW);
        CapDraft.Content bad = new CapDraft.Content(c.eventEn(), c.eventZh(), "Weather", c.urgency(), "Huge",
                c.certainty(), c.expires(), " ", c.descriptionEn(), null, c.headlineZh(), c.descriptionZh(), null,
                c.areaDesc());
        assertThatThrownBy(() -> CapDraftManagement.check(bad)).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.problems()).extracting(BadInputException.Problem::field)
                        .containsExactly("category", "severity", "headlineEn"));
    }
}
