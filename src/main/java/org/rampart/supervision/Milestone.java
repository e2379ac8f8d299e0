package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** An intermediate step of a task; {@code doneAt} null while it is not done. */
public record Milestone(long id, String title, LocalDate dueDate, Instant doneAt) {
}
