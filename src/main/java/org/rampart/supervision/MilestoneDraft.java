package org.rampart.supervision;

import java.time.LocalDate;

/** An intermediate step of a task to be assigned: what is due and when (on or before the task's deadline). */
public record MilestoneDraft(String title, LocalDate dueDate) {
}
