package org.rampart.risk;

/** A treatment action to add or change; dueDate is an ISO date, status a name (PLANNED when null on creation). */
public record TreatmentDraft(String title, String ownerUnit, String dueDate, String status, String note) {
}
