package org.rampart.indicator.mqtt;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.rampart.indicator.IngestReport;
import org.rampart.indicator.ObservationInput;
import org.rampart.indicator.ObservationManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Role;
import org.rampart.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingest one MQTT message in its own transaction and acknowledge it only after that transaction committed. Bad
 * input (not JSON, wrong shape, rejected items) goes to the dead-letter table and is then acknowledged; any other
 * failure (the database is down) propagates without an acknowledgement, so the broker delivers the message again.
 */
@Component
class MqttIngestion {

    private static final Logger log = LoggerFactory.getLogger(MqttIngestion.class);

    /** What became of a message that was acknowledged. */
    enum Outcome { STORED, DEAD_LETTERED }

    private final ObservationManagement observations;
    private final MqttDeadLetterRepository deadLetters;
    private final TransactionTemplate transactions;
    private final JurisdictionManagement jurisdictions;
    private final MqttProperties properties;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong storedMessages = new AtomicLong();
    private final AtomicLong storedObservations = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile Actor actor;
    private volatile Runnable beforeCommit = () -> { };

    MqttIngestion(ObservationManagement observations, MqttDeadLetterRepository deadLetters,
            TransactionTemplate transactions, JurisdictionManagement jurisdictions, MqttProperties properties) {
        this.observations = observations;
        this.deadLetters = deadLetters;
        this.transactions = transactions;
        this.jurisdictions = jurisdictions;
        this.properties = properties;
    }

    /**
     * Store the observations of one message, then call {@code ack}; dead-letter bad input, then call {@code ack};
     * on any other failure throw without calling it.
     */
    Outcome receive(String topic, byte[] payload, Runnable ack) {
        received.incrementAndGet();
        Instant at = Instant.now();
        List<Problem> problems;
        try {
            List<ObservationInput> inputs = MqttPayload.read(payload);
            IngestReport report = transactions.execute(status -> {
                IngestReport r = observations.ingest(actor(), inputs, false, "mqtt:" + topic);
                if (!r.refused()) {
                    beforeCommit.run();
                }
                return r;
            });
            if (!report.refused()) {
                ack.run();
                storedMessages.incrementAndGet();
                storedObservations.addAndGet(report.stored());
                return Outcome.STORED;
            }
            problems = report.rejected();
        } catch (BadInputException e) {
            problems = e.problems();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            throw e;
        }
        try {
            deadLetters.insert(topic, payload, problems, at);
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            throw e;
        }
        log.info("MQTT message on {} dead-lettered: {}", topic, problems.size() > 5
                ? problems.subList(0, 5) + " and " + (problems.size() - 5) + " more" : problems);
        ack.run();
        deadLettered.incrementAndGet();
        return Outcome.DEAD_LETTERED;
    }

    /** The counters since start. */
    Counters counters() {
        return new Counters(received.get(), storedMessages.get(), storedObservations.get(), deadLettered.get(),
                failed.get());
    }

    record Counters(long received, long storedMessages, long storedObservations, long deadLettered, long failed) {
    }

    /** For tests: run inside each storing transaction, after the observations were written and before the commit. */
    void beforeCommit(Runnable hook) {
        this.beforeCommit = hook == null ? () -> { } : hook;
    }

    /**
     * The actor whose rights apply: an officer scoped to {@code rampart.mqtt.scope}, or the system actor without a
     * scope. Resolved at the first message, since the jurisdictions are in the database: a scope that names no
     * jurisdiction fails every message without acknowledging it, so nothing is lost while the setting is wrong.
     */
    Actor actor() {
        Actor a = actor;
        if (a == null) {
            String name = properties.actor() == null || properties.actor().isBlank() ? "mqtt" : properties.actor().trim();
            if (properties.scope() == null || properties.scope().isBlank()) {
                a = new Actor(0, "mqtt:" + name, Actor.system().roles(), 0, Scope.WHOLE_TREE.path(), null, false);
            } else {
                JurisdictionRef ref = jurisdictions.ref(properties.scope().trim()).orElseThrow(() ->
                        new IllegalStateException("rampart.mqtt.scope names no jurisdiction: " + properties.scope()));
                a = new Actor(0, "mqtt:" + name, Set.of(Role.OFFICER), ref.id(), ref.path(), null, false);
            }
            actor = a;
        }
        return a;
    }
}
