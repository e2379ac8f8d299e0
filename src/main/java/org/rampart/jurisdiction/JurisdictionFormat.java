package org.rampart.jurisdiction;

import java.util.Locale;
import java.util.Optional;

/** The file formats of jurisdiction import and export. */
public enum JurisdictionFormat {

    /** Comma-separated values with a header line; no boundaries. */
    CSV("csv", "text/csv"),

    /** A GeoJSON FeatureCollection with boundaries. */
    GEOJSON("geojson", "application/geo+json");

    private final String extension;
    private final String mediaType;

    JurisdictionFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Return the format named "csv" or "geojson" (any case); empty for null or any other name. */
    public static Optional<JurisdictionFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "geojson" -> Optional.of(GEOJSON);
            default -> Optional.empty();
        };
    }

    /** Return the format of a file name ending in .csv, .geojson or .json; empty for null or any other name. */
    public static Optional<JurisdictionFormat> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return Optional.of(GEOJSON);
        }
        return Optional.empty();
    }

    /** Return the format of a media type (text/csv, application/geo+json, application/json); empty otherwise. */
    public static Optional<JurisdictionFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv" -> Optional.of(CSV);
            case "application/geo+json", "application/json" -> Optional.of(GEOJSON);
            default -> Optional.empty();
        };
    }
}
