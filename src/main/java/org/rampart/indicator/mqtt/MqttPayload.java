package org.rampart.indicator.mqtt;

import java.util.List;
import org.rampart.indicator.ObservationInput;
import org.rampart.indicator.ObservationJson;
import org.rampart.indicator.ObservationManagement;
import org.rampart.shared.BadInputException;

/**
 * Read an MQTT payload: one observation {@code {"indicator", "jurisdiction", "time", "value"}} or a batch
 * {@code {"observations": [...]}}, read as strictly as over REST ({@link ObservationJson#message}). A payload of
 * another shape, or a batch holding an item that is not an object, is refused with a bad-input exception.
 */
final class MqttPayload {

    private MqttPayload() {
    }

    static List<ObservationInput> read(byte[] payload) {
        ObservationJson.Batch batch = ObservationJson.message(payload, ObservationManagement.MAX_BATCH);
        BadInputException.throwIfAny(batch.problems());
        return batch.inputs();
    }
}
