package org.rampart.warning.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live warning updates ({@code rampart.live.*}): whether changes are relayed through PostgreSQL NOTIFY and pushed to
 * browsers as server-sent events, how often an idle stream gets a heartbeat comment, how long a stream lives before
 * the browser reconnects, and how many streams one node (and one user) may hold open.
 */
@ConfigurationProperties("rampart.live")
public record WarningLiveSettings(@DefaultValue("true") boolean enabled, @DefaultValue("20s") Duration heartbeat,
        @DefaultValue("30m") Duration streamTimeout, @DefaultValue("500") int maxStreams,
        @DefaultValue("8") int maxStreamsPerUser, @DefaultValue("15s") Duration reconnectMax) {

    /** The PostgreSQL channel that carries warning changes between nodes. */
    public static final String CHANNEL = "rampart_warning";

    public WarningLiveSettings {
        positive("rampart.live.heartbeat", heartbeat);
        positive("rampart.live.stream-timeout", streamTimeout);
        positive("rampart.live.reconnect-max", reconnectMax);
        if (maxStreams < 1 || maxStreamsPerUser < 1) {
            throw new IllegalArgumentException("rampart.live.max-streams and max-streams-per-user must be at least 1");
        }
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
