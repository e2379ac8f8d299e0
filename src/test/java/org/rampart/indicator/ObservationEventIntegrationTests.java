package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.indicator.IndicatorFixtures.batch;
import static org.rampart.indicator.IndicatorFixtures.define;
import static org.rampart.indicator.IndicatorFixtures.item;
import static org.rampart.support.Sessions.signedIn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** ObservationsRecorded: published inside the storing transaction, with exactly the values that changed. */
@IntegrationTest
class ObservationEventIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorManagement indicators;

    @Autowired
    ObservationManagement observations;

    /** What a listener saw: the event, whether a transaction was active, and whether the rows were already visible. */
    record Seen(ObservationsRecorded event, boolean inTransaction, long visibleRows) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private ApplicationListener<ApplicationEvent> listener;

    @BeforeEach
    void listen() {
        listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof ObservationsRecorded recorded) {
                seen.add(new Seen(recorded, TransactionSynchronizationManager.isActualTransactionActive(),
                        jdbc.sql("select count(*) from observation where id = any(:ids)")
                                .param("ids", recorded.observations().stream()
                                        .map(ObservationsRecorded.Recorded::observationId).toArray(Long[]::new))
                                .query(Long.class).single()));
            }
        };
        multicaster.addApplicationListener(listener);
    }

    @AfterEach
    void stop() {
        multicaster.removeApplicationListener(listener);
    }

    private List<Seen> seenFor(String code) {
        return seen.stream().filter(s -> s.event().observations().stream().anyMatch(r -> r.indicatorCode().equals(code)))
                .toList();
    }

    @Test
    void theEventCarriesExactlyTheNewAndCorrectedValuesAndIsPublishedInsideTheTransaction() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "EVT", "HOURLY", "SUM");
        Instant h1 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        Instant h2 = h1.minus(1, ChronoUnit.HOURS);
        admin.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", h1.toString(), "1"),
                item(code, "DP-01-02", h2.plusSeconds(600).toString(), "2")));
        List<Seen> first = seenFor(code);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).inTransaction()).isTrue();
        assertThat(first.get(0).visibleRows()).isEqualTo(2);
        ObservationsRecorded event = first.get(0).event();
        assertThat(event.source()).isEqualTo("api");
        assertThat(event.observations()).extracting(ObservationsRecorded.Recorded::periodStart).containsExactly(h1, h2);
        assertThat(event.observations().get(1).jurisdictionPath()).endsWith("/");
        assertThat(event.observations().get(1).value()).isEqualTo(2.0);

        admin.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", h1.toString(), "1"),
                item(code, "DP-01-02", h2.toString(), "2")));
        assertThat(seenFor(code)).as("unchanged values publish nothing").hasSize(1);

        admin.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", h1.toString(), "1"),
                item(code, "DP-01-02", h2.toString(), "2.5")));
        List<Seen> after = seenFor(code);
        assertThat(after).hasSize(2);
        assertThat(after.get(1).event().observations()).singleElement().satisfies(r -> {
            assertThat(r.jurisdictionPath()).isNotBlank();
            assertThat(r.value()).isEqualTo(2.5);
            assertThat(r.periodStart()).isEqualTo(h2);
        });

        admin.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", h1.toString(), "9"),
                item(code, "NO-SUCH", h1.toString(), "1")));
        assertThat(seenFor(code)).as("a refused batch publishes nothing").hasSize(2);

        // what a listening module reads back through the facades
        ObservationsRecorded.Recorded corrected = after.get(1).event().observations().get(0);
        assertThat(indicators.find(corrected.indicatorId())).get().extracting(Indicator::code).isEqualTo(code);
        assertThat(observations.storedValues(corrected.indicatorId(), corrected.jurisdictionId(), h2.minusSeconds(1),
                h1.plusSeconds(1))).containsExactly(new Series.Point(h2, 2.5, false));
    }
}
