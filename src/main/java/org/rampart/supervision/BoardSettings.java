package org.rampart.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the supervision board, calendar and scorecard ({@code rampart.supervision.board.*}): how many days before
 * its deadline an open task turns yellow ({@code due-soon-days}, default 3, the first reminder of the ladder), how many
 * days past its deadline it stays yellow before it turns red ({@code late-days}, default 3, after which the ladder
 * issues a supervision notice), and how long a computed board or scorecard is kept ({@code cache-seconds}, 10;
 * 0 computes every request).
 */
@ConfigurationProperties("rampart.supervision.board")
public record BoardSettings(@DefaultValue("3") int dueSoonDays, @DefaultValue("3") int lateDays,
        @DefaultValue("10") int cacheSeconds) {

    public BoardSettings {
        if (dueSoonDays < 0 || lateDays < 0 || cacheSeconds < 0) {
            throw new IllegalArgumentException("rampart.supervision.board: days and seconds must not be negative");
        }
    }

    /** The defaults, for tests and tools. */
    public static BoardSettings defaults() {
        return new BoardSettings(3, 3, 10);
    }

    /** The band of an open task that is {@code daysOverdue} days past its deadline (negative: days left). */
    public DueBand band(long daysOverdue) {
        return DueBand.of(daysOverdue, dueSoonDays, lateDays);
    }
}
