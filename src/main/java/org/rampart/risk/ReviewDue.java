package org.rampart.risk;

import java.time.LocalDate;

/** The reviews of one owner unit (null: risks without an owner unit) that are overdue or due within the horizon. */
public record ReviewDue(String ownerUnitCode, long overdue, long dueSoon, LocalDate earliest) {
}
