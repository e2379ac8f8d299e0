package org.rampart.supervision;

/**
 * What the assigning side may change on an open task besides its state: the titles (one of the two languages at
 * least), the description, the priority and the evidence required to finish. The units, the deadline (see the
 * extension requests) and the source do not change here.
 */
public record TaskEdit(String titleEn, String titleZh, String description, TaskPriority priority,
        String evidenceRequired) {
}
