package org.rampart.incident;

import java.time.Instant;
import java.util.List;

/** An incident's report was corrected or supplemented; {@code changed} names the members that changed. */
public record IncidentUpdated(IncidentSummary incident, String actor, List<String> changed, Instant at) {

    public IncidentUpdated {
        changed = List.copyOf(changed);
    }
}
