package org.rampart.jurisdiction;

/**
 * One jurisdiction read from an import file.
 *
 * @param line the line (CSV) or feature number (GeoJSON) that errors refer to
 * @param level the level given in the file, or null to derive it from the parent
 * @param boundary a GeoJSON geometry as text, or null
 */
public record ImportRow(int line, String code, String parentCode, Integer level, String nameEn, String nameZh,
        Long population, String boundary) {
}
