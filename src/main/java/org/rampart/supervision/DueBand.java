package org.rampart.supervision;

/**
 * How an open task stands against its deadline on the board: green while more than the due-soon days are left, yellow
 * from the due-soon days before the deadline until the late days after it (due soon, or slightly overdue), red after
 * that. A submitted task is measured on the day it was submitted, so waiting for verification does not make it late.
 */
public enum DueBand {
    GREEN, YELLOW, RED;

    /** The band of a task {@code daysOverdue} days past its deadline (negative: days left; 0: due today). */
    public static DueBand of(long daysOverdue, int dueSoonDays, int lateDays) {
        if (daysOverdue > lateDays) {
            return RED;
        }
        return daysOverdue >= -dueSoonDays ? YELLOW : GREEN;
    }
}
