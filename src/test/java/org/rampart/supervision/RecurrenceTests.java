package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    @Test
    void occurrencesAreCountedFromTheFirstDateSoThatMonthEndsDoNotDrift() {
        LocalDate first = LocalDate.of(2027, 1, 31);
        assertThat(Recurrence.MONTHLY.occurrence(first, 1)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Recurrence.MONTHLY.occurrence(first, 2)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Recurrence.QUARTERLY.occurrence(first, 1)).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(Recurrence.QUARTERLY.occurrence(first, 4)).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(Recurrence.WEEKLY.occurrence(first, 0)).isEqualTo(first);
        assertThat(Recurrence.WEEKLY.occurrence(first, 5)).isEqualTo(LocalDate.of(2027, 3, 7));
        assertThatThrownBy(() -> Recurrence.WEEKLY.occurrence(first, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
