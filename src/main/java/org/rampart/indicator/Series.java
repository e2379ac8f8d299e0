package org.rampart.indicator;

import java.time.Instant;
import java.util.List;

/** The values of one indicator for one jurisdiction over a time range, oldest first. */
public record Series(Indicator indicator, String jurisdiction, Instant from, Instant to, List<Point> points) {

    /** One value; {@code rolledUp} when the jurisdiction did not report it and it comes from its subtree. */
    public record Point(Instant time,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The value in the indicator's unit (the indicator's `unit`).") double value, boolean rolledUp) {
    }
}
