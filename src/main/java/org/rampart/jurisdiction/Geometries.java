package org.rampart.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Read, validate and write GeoJSON boundaries (Polygon and MultiPolygon in WGS 84 longitude/latitude). */
final class Geometries {

    static final int MAX_POINTS = 200_000;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    /** A geometry that could not be accepted, with the reason. */
    static final class InvalidGeometryException extends RuntimeException {
        InvalidGeometryException(String reason) {
            super(reason);
        }
    }

    /** Parse and validate a GeoJSON geometry object; returns the JTS geometry. */
    static Geometry read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidGeometryException("geometry must be a GeoJSON object");
        }
        String type = node.path("type").asString("");
        JsonNode coords = node.get("coordinates");
        if (coords == null || !coords.isArray()) {
            throw new InvalidGeometryException("geometry has no coordinates array");
        }
        int[] points = {0};
        Geometry geometry = switch (type) {
            case "Polygon" -> polygon(coords, points);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode p : coords) {
                    polygons.add(polygon(p, points));
                }
                if (polygons.isEmpty()) {
                    throw new InvalidGeometryException("MultiPolygon has no polygons");
                }
                yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new InvalidGeometryException("geometry type must be Polygon or MultiPolygon, not '" + type + "'");
        };
        IsValidOp op = new IsValidOp(geometry);
        TopologyValidationError error = op.getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw new InvalidGeometryException("invalid geometry: " + error.getMessage().toLowerCase()
                    + (at == null ? "" : " at " + at.x + ", " + at.y));
        }
        return geometry;
    }

    private static Polygon polygon(JsonNode rings, int[] points) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new InvalidGeometryException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0), points);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), points);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode ring, int[] points) {
        if (!ring.isArray() || ring.size() < 4) {
            throw new InvalidGeometryException("a ring needs at least 4 positions");
        }
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            JsonNode position = ring.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new InvalidGeometryException("position " + i + " is not [longitude, latitude]");
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90 || Double.isNaN(lon) || Double.isNaN(lat)) {
                throw new InvalidGeometryException("position " + i + " is outside longitude -180..180 / latitude -90..90");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        points[0] += coordinates.length;
        if (points[0] > MAX_POINTS) {
            throw new InvalidGeometryException("geometry has more than " + MAX_POINTS + " positions");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new InvalidGeometryException("a ring must end where it starts");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    /** Write a JTS polygon or multipolygon as a compact GeoJSON geometry. */
    static String write(Geometry geometry, JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        if (geometry instanceof Polygon polygon) {
            node.put("type", "Polygon");
            node.set("coordinates", rings(polygon, json));
        } else if (geometry instanceof MultiPolygon multi) {
            node.put("type", "MultiPolygon");
            ArrayNode polygons = json.createArrayNode();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multi.getGeometryN(i), json));
            }
            node.set("coordinates", polygons);
        } else {
            throw new InvalidGeometryException("geometry type must be Polygon or MultiPolygon");
        }
        return json.writeValueAsString(node);
    }

    private static ArrayNode rings(Polygon polygon, JsonMapper json) {
        ArrayNode rings = json.createArrayNode();
        rings.add(ring(polygon.getExteriorRing().getCoordinates(), json));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i).getCoordinates(), json));
        }
        return rings;
    }

    private static ArrayNode ring(Coordinate[] coordinates, JsonMapper json) {
        ArrayNode ring = json.createArrayNode();
        for (Coordinate c : coordinates) {
            ArrayNode position = json.createArrayNode();
            position.add(round(c.x));
            position.add(round(c.y));
            ring.add(position);
        }
        return ring;
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
