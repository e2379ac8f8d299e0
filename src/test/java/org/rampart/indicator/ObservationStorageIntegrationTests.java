package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rampart.indicator.IndicatorFixtures.batch;
import static org.rampart.indicator.IndicatorFixtures.define;
import static org.rampart.indicator.IndicatorFixtures.hoursAgo;
import static org.rampart.indicator.IndicatorFixtures.item;
import static org.rampart.support.Sessions.signedIn;

import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How batches are stored: new keys are copied, a batch touching stored keys falls back to the upsert, and the
 * database itself keeps observations pointing at real indicators and jurisdictions (V17).
 */
@IntegrationTest
class ObservationStorageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBatchMixingNewUnchangedAndCorrectedValuesStoresEachOnceAndKeepsTheOldValue() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "MIX", "HOURLY", "SUM");
        JsonNode first = json.readTree(admin.postJson("/api/v1/observations",
                batch(false, item(code, "DP-01-01", hoursAgo(3), "1"), item(code, "DP-01-02", hoursAgo(3), "2"))).body());
        assertThat(first.path("stored").asInt()).isEqualTo(2);

        JsonNode mixed = json.readTree(admin.postJson("/api/v1/observations", batch(false,
                item(code, "DP-01-01", hoursAgo(3), "1"), item(code, "DP-01-02", hoursAgo(3), "5"),
                item(code, "DP-01-03", hoursAgo(3), "7"), item(code, "DP-01-01", hoursAgo(2), "8"))).body());
        assertThat(mixed.path("stored").asInt()).isEqualTo(3);
        assertThat(mixed.path("unchanged").asInt()).isEqualTo(1);

        Long indicatorId = jdbc.sql("select id from indicator where code = :c").param("c", code).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from observation where indicator_id = :i").param("i", indicatorId)
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select value from observation_history where indicator_id = :i").param("i", indicatorId)
                .query(Double.class).list()).containsExactly(2.0);
    }

    @Test
    void theDatabaseRefusesObservationsOfUnknownIndicatorsOrJurisdictionsAndDeletingWhatTheyReferTo() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "REF", "HOURLY", "SUM");
        admin.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", hoursAgo(1), "1")));
        long indicatorId = jdbc.sql("select id from indicator where code = :c").param("c", code).query(Long.class).single();
        long jurisdictionId = jdbc.sql("select id from jurisdiction where code = 'DP-01-01'").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("""
                insert into observation (indicator_id, jurisdiction_id, period_start, value, source, received_at)
                values (:i, -5, now(), 1, 'test', now())""").param("i", indicatorId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("jurisdiction that does not exist");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into observation (indicator_id, jurisdiction_id, period_start, value, source, received_at)
                values (-5, :j, now(), 1, 'test', now())""").param("j", jurisdictionId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("indicator that does not exist");
        assertThatThrownBy(() -> jdbc.sql("delete from indicator where id = :i").param("i", indicatorId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("deactivate it instead");
        assertThatThrownBy(() -> jdbc.sql("delete from jurisdiction where id = :j").param("j", jurisdictionId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("deactivate it instead");
    }
}
