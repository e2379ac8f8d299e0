package org.rampart.jurisdiction;

/**
 * A new jurisdiction or the new state of one. Level is derived from the parent when null.
 *
 * @param boundary a GeoJSON geometry (Polygon or MultiPolygon) as text, or null for none
 */
public record JurisdictionDraft(String code, String parentCode, Integer level, String nameEn, String nameZh,
        Long population, String boundary) {
}
