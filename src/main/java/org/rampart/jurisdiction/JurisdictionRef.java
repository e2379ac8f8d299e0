package org.rampart.jurisdiction;

/** The minimum other modules need to know about a jurisdiction: its id, code, level and path. */
public record JurisdictionRef(long id, String code, int level, String path) {
}
