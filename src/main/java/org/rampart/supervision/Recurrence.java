package org.rampart.supervision;

import java.time.LocalDate;

/**
 * How often the meetings of a series take place. Each occurrence's date is computed from the series' first date and
 * the occurrence's index, never from the previous occurrence, so that a month end does not drift (31 January, 28
 * February, 31 March...). Names: {@code meeting.recurrence.<NAME>}.
 */
public enum Recurrence {
    WEEKLY, MONTHLY, QUARTERLY;

    /** Return the date of occurrence {@code index} (0 for the first) of a series starting on {@code first}. */
    public LocalDate occurrence(LocalDate first, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("an occurrence index is zero or more: " + index);
        }
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case MONTHLY -> first.plusMonths(index);
            case QUARTERLY -> first.plusMonths(3L * index);
        };
    }
}
