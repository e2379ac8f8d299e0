package org.rampart.indicator;

import java.time.Instant;
import java.util.List;

/**
 * Observations were stored (new or corrected values). Published synchronously inside the storing transaction, so
 * that listeners (rule evaluation) write their results in the same transaction: no stored observation escapes
 * evaluation, and a crash leaves nothing half-updated. Listen with {@code @EventListener}, not an asynchronous
 * module listener.
 */
public record ObservationsRecorded(List<Recorded> observations, String source) {

    /**
     * One stored value.
     *
     * @param periodStart the observation time (period start for periodic indicators)
     * @param jurisdictionPath materialised path of the jurisdiction, for scope checks
     */
    public record Recorded(long observationId, long indicatorId, String indicatorCode, long jurisdictionId,
            String jurisdictionPath, Instant periodStart, double value, Instant receivedAt) {
    }
}
