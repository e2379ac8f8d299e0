package org.rampart.incident;

import java.util.List;
import java.util.Locale;

/** The kinds of incident, each with its sub-types. */
public enum IncidentType {
    PRODUCTION_SAFETY(List.of("MINING", "HAZARDOUS_CHEMICALS", "CONSTRUCTION", "FIRE", "ROAD_TRAFFIC", "OTHER")),
    NATURAL_DISASTER(List.of("FLOOD", "TYPHOON", "EARTHQUAKE", "LANDSLIDE", "DROUGHT", "WILDFIRE", "OTHER")),
    PUBLIC_HEALTH(List.of("INFECTIOUS_DISEASE", "FOOD_POISONING", "OTHER")),
    SOCIAL_SECURITY(List.of("MASS_GATHERING", "PUBLIC_ORDER", "OTHER")),
    CYBER_DATA(List.of("RANSOMWARE", "DATA_BREACH", "SERVICE_OUTAGE", "OTHER")),
    SUPPLY_DISRUPTION(List.of("FOOD", "ENERGY", "OTHER"));

    private final List<String> subTypes;

    IncidentType(List<String> subTypes) {
        this.subTypes = subTypes;
    }

    /** The sub-types of this type, never null. */
    public List<String> subTypes() {
        return subTypes;
    }

    /** Parse a type name case-insensitively; null when it names none. */
    public static IncidentType parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Return true when casualty changes need a supplementary report only within 7 days (road traffic and fire). */
    static boolean shortSupplementaryWindow(IncidentType type, String subType) {
        return type == PRODUCTION_SAFETY && ("ROAD_TRAFFIC".equals(subType) || "FIRE".equals(subType));
    }
}
