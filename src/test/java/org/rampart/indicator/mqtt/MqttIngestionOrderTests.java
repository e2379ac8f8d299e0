package org.rampart.indicator.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.rampart.indicator.IngestReport;
import org.rampart.indicator.ObservationManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The order of storing, committing and acknowledging, with a transaction manager that records what it does. */
class MqttIngestionOrderTests {

    private static final byte[] VALID = "{\"indicator\":\"R\",\"jurisdiction\":\"DP\",\"time\":\"2026-01-01\",\"value\":1}"
            .getBytes(StandardCharsets.UTF_8);

    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final ObservationManagement observations = mock(ObservationManagement.class);
    private final MqttDeadLetterRepository deadLetters = mock(MqttDeadLetterRepository.class);
    private final MqttIngestion ingestion = new MqttIngestion(observations, deadLetters,
            new TransactionTemplate(new RecordingTransactions()), mock(JurisdictionManagement.class),
            new MqttProperties(true, "tcp://localhost:1883", "test", null, null, List.of("t/#"), "mqtt", null, 5));

    /** Records begin, commit and rollback into the steps. */
    private final class RecordingTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            steps.add("begin");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            steps.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            steps.add("rollback");
        }
    }

    @Test
    void acknowledgesOnlyAfterTheCommit() {
        when(observations.ingest(any(), anyList(), eq(false), eq("mqtt:t/a"))).thenAnswer(i -> {
            steps.add("ingest");
            return new IngestReport(1, 1, 0, List.of(), false);
        });
        assertThat(ingestion.receive("t/a", VALID, () -> steps.add("ack"))).isEqualTo(MqttIngestion.Outcome.STORED);
        assertThat(steps).containsExactly("begin", "ingest", "commit", "ack");
    }

    @Test
    void aFailedCommitIsNotAcknowledged() {
        when(observations.ingest(any(), anyList(), anyBoolean(), anyString())).thenAnswer(i -> {
            steps.add("ingest");
            return new IngestReport(1, 1, 0, List.of(), false);
        });
        ingestion.beforeCommit(() -> {
            throw new DataAccessResourceFailureException("connection refused");
        });
        assertThatThrownBy(() -> ingestion.receive("t/a", VALID, () -> steps.add("ack")))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(steps).containsExactly("begin", "ingest", "rollback");
        assertThat(ingestion.counters().failed()).isEqualTo(1);
    }

    @Test
    void aDatabaseOutageIsNotAcknowledgedNorDeadLettered() {
        when(observations.ingest(any(), anyList(), anyBoolean(), anyString()))
                .thenThrow(new DataAccessResourceFailureException("connection refused"));
        assertThatThrownBy(() -> ingestion.receive("t/a", VALID, () -> steps.add("ack")))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(steps).containsExactly("begin", "rollback");
        verifyNoInteractions(deadLetters);
    }

    @Test
    void refusedItemsAreDeadLetteredThenAcknowledged() {
        when(observations.ingest(any(), anyList(), anyBoolean(), anyString()))
                .thenReturn(new IngestReport(1, 0, 0, List.of(Problem.atItem(0, "value", "number.invalid", "x")), true));
        when(deadLetters.insert(eq("t/a"), any(), eq(List.of(Problem.atItem(0, "value", "number.invalid", "x"))), any()))
                .thenAnswer(i -> {
                    steps.add("dead-letter");
                    return 1L;
                });
        assertThat(ingestion.receive("t/a", VALID, () -> steps.add("ack"))).isEqualTo(MqttIngestion.Outcome.DEAD_LETTERED);
        assertThat(steps).containsExactly("begin", "commit", "dead-letter", "ack");
    }

    @Test
    void aDeadLetterThatCannotBeWrittenIsNotAcknowledged() {
        when(deadLetters.insert(anyString(), any(), anyList(), any()))
                .thenThrow(new DataAccessResourceFailureException("connection refused"));
        assertThatThrownBy(() -> ingestion.receive("t/a", "not json".getBytes(StandardCharsets.UTF_8),
                () -> steps.add("ack"))).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(steps).doesNotContain("ack");
    }
}
