package org.rampart.supervision;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The supervision ladder ({@code rampart.supervision.ladder.*}, defaults from DOMAIN.md): reminders the given numbers
 * of days before the deadline ({@code remind-before}, 3 and 1), an urging reminder 催办 when the task is
 * {@code urge-after} days overdue (1, the first overdue day), a numbered supervision notice 督办单 at
 * {@code notice-after} days overdue (3) that the lead unit must answer within {@code reply-working-days} working days
 * (2, weekends skipped), and escalation to the coordinators of the assigning jurisdiction's parent at
 * {@code escalate-after} days overdue (7). Days overdue are the days since the deadline (the day after it is 1).
 * {@code notice-prefix} starts every notice number ({@code DB-2026-0007}); {@code batch-size} is how many tasks one
 * transaction of the timer pass takes. The pass runs every {@code rampart.supervision.ladder.poll} (10 minutes).
 */
@ConfigurationProperties("rampart.supervision.ladder")
record LadderSettings(@DefaultValue({"3", "1"}) List<Integer> remindBefore, @DefaultValue("1") int urgeAfter,
        @DefaultValue("3") int noticeAfter, @DefaultValue("2") int replyWorkingDays,
        @DefaultValue("7") int escalateAfter, @DefaultValue("DB") String noticePrefix,
        @DefaultValue("200") int batchSize) {

    LadderSettings {
        remindBefore = remindBefore == null ? List.of() : List.copyOf(remindBefore);
        for (Integer days : remindBefore) {
            if (days == null || days < 0 || days > 365) {
                throw new IllegalArgumentException(
                        "rampart.supervision.ladder.remind-before takes whole days from 0 to 365, not " + days);
            }
        }
        if (urgeAfter < 1 || noticeAfter < urgeAfter || escalateAfter < noticeAfter) {
            throw new IllegalArgumentException("rampart.supervision.ladder needs 1 <= urge-after <= notice-after"
                    + " <= escalate-after (days overdue), not " + urgeAfter + ", " + noticeAfter + ", " + escalateAfter);
        }
        if (replyWorkingDays < 1 || replyWorkingDays > 60) {
            throw new IllegalArgumentException("rampart.supervision.ladder.reply-working-days takes 1 to 60");
        }
        if (noticePrefix == null || !noticePrefix.matches("[A-Z][A-Z0-9]{0,9}")) {
            throw new IllegalArgumentException(
                    "rampart.supervision.ladder.notice-prefix takes 1 to 10 capital letters or digits, not " + noticePrefix);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("rampart.supervision.ladder.batch-size must be at least 1");
        }
    }

    /** The defaults of DOMAIN.md. */
    static LadderSettings defaults() {
        return new LadderSettings(List.of(3, 1), 1, 3, 2, 7, "DB", 200);
    }

    /** The earliest reminder, in days before the deadline (0 when there is none). */
    int firstReminder() {
        return remindBefore.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
