package org.rampart.supervision;

/**
 * Where a supervision task comes from: a meeting decision, a circulated directive, a leader instruction (批示), an
 * incident's final-report rectification item, an inspection finding, or none. Names come from the message bundles
 * ({@code supervision.task.source.<NAME>}).
 */
public enum TaskSource {
    MEETING_DECISION, DIRECTIVE, LEADER_INSTRUCTION, INCIDENT_RECTIFICATION, INSPECTION_FINDING, NONE
}
