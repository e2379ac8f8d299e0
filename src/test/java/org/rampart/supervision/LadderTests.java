package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ladder's rungs as a plain function of the assignment day, the deadline, the day and what was taken. */
class LadderTests {

    private static final LadderSettings DEFAULTS = LadderSettings.defaults();
    private static final LocalDate ASSIGNED = LocalDate.of(2026, 11, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 20);

    private static List<String> due(LocalDate today, Set<String> taken) {
        return Ladder.due(DEFAULTS, ASSIGNED, DEADLINE, today, taken).stream().map(Ladder.Due::key).toList();
    }

    /** Run the ladder once a day from the assignment to the given day; return the day of each step taken. */
    private static List<String> walk(LadderSettings settings, LocalDate assigned, LocalDate deadline, LocalDate last) {
        Set<String> taken = new HashSet<>();
        List<String> log = new ArrayList<>();
        for (LocalDate day = assigned; !day.isAfter(last); day = day.plusDays(1)) {
            for (Ladder.Due due : Ladder.due(settings, assigned, deadline, day, taken)) {
                taken.add(due.key());
                log.add(day + " " + due.key() + " " + due.days());
            }
        }
        return log;
    }

    @Test
    void aDailyPassTakesEachDefaultRungOnceOnItsDay() {
        assertThat(walk(DEFAULTS, ASSIGNED, DEADLINE, DEADLINE.plusDays(30))).containsExactly(
                "2026-11-17 REMINDER-3 3", "2026-11-19 REMINDER-1 1", "2026-11-21 URGE 1", "2026-11-23 NOTICE 3",
                "2026-11-27 ESCALATION 7");
    }

    @Test
    void nothingIsDueBeforeTheFirstReminderAndNothingTwice() {
        assertThat(due(DEADLINE.minusDays(4), Set.of())).isEmpty();
        assertThat(due(DEADLINE.minusDays(3), Set.of())).containsExactly("REMINDER-3");
        assertThat(due(DEADLINE.minusDays(3), Set.of("REMINDER-3"))).isEmpty();
        assertThat(due(DEADLINE.minusDays(2), Set.of("REMINDER-3"))).as("the day between the reminders").isEmpty();
        assertThat(due(DEADLINE, Set.of("REMINDER-3", "REMINDER-1"))).as("the deadline itself is not overdue").isEmpty();
        assertThat(due(DEADLINE.plusDays(1), Set.of("REMINDER-3", "REMINDER-1"))).containsExactly("URGE");
        assertThat(due(DEADLINE.plusDays(2), Set.of("URGE"))).isEmpty();
    }

    @Test
    void aPassThatMissedDaysTakesOnlyTheHighestRungButNeverSkipsTheNotice() {
        assertThat(due(DEADLINE.minusDays(1), Set.of())).as("the 3-day reminder is superseded")
                .containsExactly("REMINDER-1");
        assertThat(due(DEADLINE.plusDays(2), Set.of())).as("overdue: no reminder any more").containsExactly("URGE");
        assertThat(due(DEADLINE.plusDays(5), Set.of())).containsExactly("NOTICE");
        assertThat(due(DEADLINE.plusDays(9), Set.of())).containsExactly("NOTICE", "ESCALATION");
        assertThat(due(DEADLINE.plusDays(9), Set.of("NOTICE"))).containsExactly("ESCALATION");
        assertThat(due(DEADLINE.plusDays(90), Set.of("NOTICE", "ESCALATION"))).as("the top of the ladder").isEmpty();
    }

    @Test
    void remindersWhoseDayCameBeforeTheAssignmentAreNotSent() {
        LocalDate assigned = DEADLINE.minusDays(2);
        assertThat(walk(DEFAULTS, assigned, DEADLINE, DEADLINE.plusDays(1)))
                .containsExactly("2026-11-19 REMINDER-1 1", "2026-11-21 URGE 1");
        assertThat(Ladder.due(DEFAULTS, DEADLINE, DEADLINE, DEADLINE, Set.of())).as("assigned on its deadline")
                .isEmpty();
    }

    @Test
    void aLaterDeadlineStartsAFreshLadder() {
        // the keys are per deadline: the store keeps them under the deadline they were taken for
        LocalDate extended = DEADLINE.plusDays(10);
        assertThat(Ladder.due(DEFAULTS, ASSIGNED, extended, DEADLINE.plusDays(7), Set.of()))
                .extracting(Ladder.Due::key).containsExactly("REMINDER-3");
        assertThat(Ladder.nextOn(DEFAULTS, ASSIGNED, extended, DEADLINE.plusDays(7))).isEqualTo(extended.minusDays(1));
    }

    @Test
    void theNextDayIsTheNextRungOrNoneAtTheTop() {
        assertThat(Ladder.nextOn(DEFAULTS, ASSIGNED, DEADLINE, ASSIGNED)).isEqualTo(DEADLINE.minusDays(3));
        assertThat(Ladder.nextOn(DEFAULTS, ASSIGNED, DEADLINE, DEADLINE.minusDays(3))).isEqualTo(DEADLINE.minusDays(1));
        assertThat(Ladder.nextOn(DEFAULTS, ASSIGNED, DEADLINE, DEADLINE.minusDays(1))).isEqualTo(DEADLINE.plusDays(1));
        assertThat(Ladder.nextOn(DEFAULTS, ASSIGNED, DEADLINE, DEADLINE.plusDays(3))).isEqualTo(DEADLINE.plusDays(7));
        assertThat(Ladder.nextOn(DEFAULTS, ASSIGNED, DEADLINE, DEADLINE.plusDays(7))).isNull();
    }

    @Test
    void otherOffsetsFromTheSettings() {
        LadderSettings settings = new LadderSettings(List.of(0, 5), 2, 4, 1, 4, "SV", 10);
        assertThat(walk(settings, ASSIGNED, DEADLINE, DEADLINE.plusDays(10))).containsExactly(
                "2026-11-15 REMINDER-5 5", "2026-11-20 REMINDER-0 0", "2026-11-22 URGE 2", "2026-11-24 NOTICE 4",
                "2026-11-24 ESCALATION 4");
        assertThat(walk(new LadderSettings(List.of(), 1, 3, 2, 7, "DB", 10), ASSIGNED, DEADLINE, DEADLINE))
                .as("no reminders configured").isEmpty();
    }

    @Test
    void settingsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new LadderSettings(List.of(3), 4, 3, 2, 7, "DB", 10))
                .hasMessageContaining("urge-after <= notice-after");
        assertThatThrownBy(() -> new LadderSettings(List.of(-1), 1, 3, 2, 7, "DB", 10))
                .hasMessageContaining("remind-before");
        assertThatThrownBy(() -> new LadderSettings(List.of(3), 1, 3, 0, 7, "DB", 10))
                .hasMessageContaining("reply-working-days");
        assertThatThrownBy(() -> new LadderSettings(List.of(3), 1, 3, 2, 7, "d-b", 10))
                .hasMessageContaining("notice-prefix");
    }

    @Test
    void theReplyIsDueInWorkingDaysSkippingTheWeekend() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(Ladder.workingDaysAfter(monday, 2)).isEqualTo(LocalDate.of(2026, 12, 2));
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        assertThat(Ladder.workingDaysAfter(thursday, 2)).as("Friday, then Monday").isEqualTo(LocalDate.of(2026, 12, 7));
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(Ladder.workingDaysAfter(friday, 2)).isEqualTo(LocalDate.of(2026, 12, 8));
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertThat(Ladder.workingDaysAfter(saturday, 2)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(Ladder.workingDaysAfter(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
