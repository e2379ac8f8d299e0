package org.rampart.risk;

/** A treatment action to add or change; dueDate is an ISO date, status a name (PLANNED when null on creation). */
public record TreatmentDraft(String title, String ownerUnit, String dueDate,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = TreatmentStatus.class) String status, String note) {
}
